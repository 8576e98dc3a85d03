// The themes shipped in themes/, built into the program so that hds finds them wherever
// it is installed. A test checks that each text equals its file in themes/.

extension Theme {
  /// The shipped theme files by name, in the order `hds --help` lists them.
  public static let shipped: [(name: String, text: String)] = [
    (
      "dark",
      """
      # HDS theme "dark": the default, for a dark background; ANSI colours only
      # One line per element: element = foreground background [attributes]
      # Colours: black red green yellow blue magenta cyan white, bright-NAME, 0-255,
      # #rrggbb, or default (the terminal's own). Attributes: bold dim reverse underline.
      # The format is described in themes/README.md.

      normal             = default        default
      dim                = default        default        dim
      header             = black          cyan           bold
      title              = cyan           default
      focused-title      = yellow         default        bold
      border             = blue           default
      focused-border     = cyan           default        bold
      column-heading     = green          default        bold
      selected           = black          cyan
      selected-unfocused = white          blue
      warning            = yellow         default        bold
      danger             = red            default        bold
      success            = green          default
      accent             = magenta        default        bold
      key-hint           = yellow         blue           bold
      status-bar         = white          blue
      message            = green          default
      error-message      = white          red            bold
      dialog             = black          white
      dialog-title       = blue           white          bold
      field              = black          cyan
      focused-field      = black          yellow

      """
    ),
    (
      "light",
      """
      # HDS theme "light": for a light (white or cream) background
      # One line per element: element = foreground background [attributes]
      # Colours: black red green yellow blue magenta cyan white, bright-NAME, 0-255,
      # #rrggbb, or default (the terminal's own). Attributes: bold dim reverse underline.
      # The format is described in themes/README.md.

      normal             = default        default
      dim                = default        default        dim
      header             = white          blue           bold
      title              = blue           default
      focused-title      = magenta        default        bold
      border             = bright-black   default
      focused-border     = blue           default        bold
      column-heading     = #005f00        default        bold
      selected           = white          blue
      selected-unfocused = black          252
      warning            = #875f00        default        bold
      danger             = red            default        bold
      success            = #005f00        default
      accent             = magenta        default        bold
      key-hint           = white          #005f87        bold
      status-bar         = black          252
      message            = #005f00        default
      error-message      = white          red            bold
      dialog             = black          255
      dialog-title       = blue           255            bold
      field              = black          153
      focused-field      = black          222

      """
    ),
    (
      "high-contrast",
      """
      # HDS theme "high-contrast": bright white on black, for low vision or sunlight
      # One line per element: element = foreground background [attributes]
      # Colours: black red green yellow blue magenta cyan white, bright-NAME, 0-255,
      # #rrggbb, or default (the terminal's own). Attributes: bold dim reverse underline.
      # The format is described in themes/README.md.

      normal             = bright-white   black
      dim                = white          black
      header             = black          bright-yellow  bold
      title              = bright-white   black          bold
      focused-title      = bright-yellow  black          bold,underline
      border             = white          black
      focused-border     = bright-yellow  black          bold
      column-heading     = bright-cyan    black          bold,underline
      selected           = black          bright-yellow  bold
      selected-unfocused = black          white
      warning            = bright-yellow  black          bold
      danger             = bright-white   red            bold
      success            = bright-green   black          bold
      accent             = bright-magenta black          bold
      key-hint           = black          bright-cyan    bold
      status-bar         = bright-white   blue           bold
      message            = bright-green   black          bold
      error-message      = bright-white   red            bold
      dialog             = bright-white   black
      dialog-title       = bright-yellow  black          bold
      field              = black          bright-white
      focused-field      = black          bright-yellow  bold

      """
    ),
    (
      "monochrome",
      """
      # HDS theme "monochrome": attributes only, as NO_COLOR and --no-color draw
      # One line per element: element = foreground background [attributes]
      # Colours: black red green yellow blue magenta cyan white, bright-NAME, 0-255,
      # #rrggbb, or default (the terminal's own). Attributes: bold dim reverse underline.
      # The format is described in themes/README.md.

      normal             = default        default
      dim                = default        default        dim
      header             = default        default        reverse,bold
      title              = default        default
      focused-title      = default        default        bold
      border             = default        default
      focused-border     = default        default        bold
      column-heading     = default        default        underline
      selected           = default        default        reverse
      selected-unfocused = default        default        underline
      warning            = default        default        bold
      danger             = default        default        bold,underline
      success            = default        default
      accent             = default        default        bold
      key-hint           = default        default        reverse,bold
      status-bar         = default        default        reverse
      message            = default        default
      error-message      = default        default        reverse,bold
      dialog             = default        default
      dialog-title       = default        default        bold
      field              = default        default        underline
      focused-field      = default        default        reverse

      """
    ),
  ]
}
