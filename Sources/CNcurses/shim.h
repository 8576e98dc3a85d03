#ifndef HDS_CNCURSES_SHIM_H
#define HDS_CNCURSES_SHIM_H

// The wide-character API (cchar_t, add_wch, get_wch) needs these before curses.h.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift imports neither ncurses' macros with arguments nor its mutable globals
// safely, so the few the terminal layer needs are wrapped here.

static inline WINDOW *hds_stdscr(void) { return stdscr; }
static inline int hds_lines(void) { return LINES; }
static inline int hds_cols(void) { return COLS; }
static inline int hds_colors(void) { return COLORS; }
static inline int hds_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t hds_attr_bold(void) { return A_BOLD; }
static inline attr_t hds_attr_reverse(void) { return A_REVERSE; }
static inline attr_t hds_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t hds_attr_dim(void) { return A_DIM; }
static inline attr_t hds_attr_color_pair(short pair) { return COLOR_PAIR(pair); }

/// Defines a colour pair from colour numbers that may exceed a short: 24-bit values on a
/// direct-colour terminal. Falls back to init_pair where ncurses lacks extended colours.
static inline int hds_init_pair(int pair, int foreground, int background) {
#if NCURSES_EXT_COLORS
  return init_extended_pair(pair, foreground, background);
#else
  return init_pair((short)pair, (short)foreground, (short)background);
#endif
}

/// Returns the alternate-character-set glyph for a VT100 line-drawing letter
/// ('q' horizontal, 'x' vertical, 'l' 'k' 'm' 'j' corners), for terminals without UTF-8.
static inline chtype hds_acs(char letter) { return NCURSES_ACS(letter); }

/// Whether the terminfo entry can leave an alternate screen (rmcup), so that the shell's
/// screen comes back at exit; vt100 and the Linux console cannot.
static inline int hds_has_alternate_screen(void) {
  char *leave = tigetstr("rmcup");
  return leave != NULL && leave != (char *)-1 && leave[0] != 0;
}

/// Reads the terminal size from the kernel, for SIGWINCH handling without ncurses'
/// own handler. Returns 0 on success.
static inline int hds_window_size(int fd, int *rows, int *cols) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *rows = size.ws_row;
  *cols = size.ws_col;
  return 0;
}

/// The mouse events the dashboard requests: a left press or click, and the wheel, which
/// xterm-compatible terminals report as buttons 4 (up) and 5 (down).
static inline mmask_t hds_mouse_events(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int hds_is_left_click(mmask_t state) {
  return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0;
}
static inline int hds_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int hds_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

/// Returns the C library's standard streams, which Swift 6 cannot read as mutable globals.
static inline FILE *hds_stdin(void) { return stdin; }
static inline FILE *hds_stdout(void) { return stdout; }

/// Returns the terminfo string capability `name` ("rmcup", "sgr0"…) of the current
/// terminal, or NULL when the terminal lacks it. tigetstr returns (char *)-1 for a name
/// that is not a string capability, and that becomes NULL too.
static inline const char *hds_terminfo_string(const char *name) {
  char *value = tigetstr(name);
  if (value == NULL || value == (char *)-1) return NULL;
  return value;
}

/// Returns the columns the C library's wcwidth gives `c` in the current locale, which is
/// what ncurses uses to place wide characters (-1 for non-printable ones). Declared here
/// because the C library module Swift imports hides wcwidth unless _XOPEN_SOURCE is set.
int wcwidth(wchar_t c);
static inline int hds_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
