/// Keys of the message catalog, one per text. Raw values group keys by topic.
public enum MessageKey: String, Sendable, CaseIterable {
  case appTitle = "app.title"
  case planLegend = "plan.legend"
  case planPinnedMove = "plan.pinnedMove"
  case planNoRoute = "plan.noRoute"
  case planStale = "plan.stale"
  case routeWritten = "route.written"
  case routeWrite = "route.write"
  case hintRunSheet = "hint.runSheet"
  case hintCourier = "hint.courier"
  case hintDay = "hint.day"
  case helpRouteDay = "help.routeDay"
  case errorRouteUnsaved = "error.routeUnsaved"
  case nikUnder17 = "nik.under17"
  case formNewCourier = "form.newCourier"
  case formEditCourier = "form.editCourier"
  case fieldVehicle = "field.vehicle"
  case fieldHomeDesa = "field.homeDesa"
  case fieldCapacity = "field.capacity"
  case fieldWorkingDays = "field.workingDays"
  case fieldActive = "field.active"
  case capacityInvalid = "capacity.invalid"
  case daysInvalid = "days.invalid"
  case resultCourierAdded = "result.courierAdded"
  case resultCourierUpdated = "result.courierUpdated"
  case routeTitle = "route.title"
  case routeSummary = "route.summary"
  case routeEmpty = "route.empty"
  case routePrint = "route.print"
  case routeSaved = "route.saved"
  case courierOffDuty = "courier.offDuty"
  case assignOffDuty = "assign.offDuty"
  case hintNewCourier = "hint.newCourier"
  case hintEditCourier = "hint.editCourier"
  case hintRoute = "hint.route"
  case hintSaveRoute = "hint.saveRoute"
  case colKm = "col.km"
  case headerNoHolidays = "header.noHolidays"
  case nameInvalid = "name.invalid"
  case phoneNotDigits = "phone.notDigits"
  case phoneMissingPrefix = "phone.missingPrefix"
  case phoneZeroAfter62 = "phone.zeroAfter62"
  case phoneLength = "phone.length"
  case errorHandoverInFuture = "error.handoverInFuture"
  case errorHandoverBeforeDispatch = "error.handoverBeforeDispatch"
  case errorInactiveCourier = "error.inactiveCourier"
  case errorNotLatestChange = "error.notLatestChange"
  case errorCannotUndo = "error.cannotUndo"
  case errorBulkUndo = "error.bulkUndo"
  case errorCannotUndoCreate = "error.cannotUndoCreate"
  case errorUndoOtherUser = "error.undoOtherUser"
  case errorCloseViewFirst = "error.closeViewFirst"
  case errorComplaintUndo = "error.complaintUndo"
  case intakeNoRequirements = "intake.noRequirements"
  case addressIncomplete = "address.incomplete"
  case planTitle = "plan.title"
  case planRouteLine = "plan.routeLine"
  case planUnplaced = "plan.unplaced"
  case planLeftOutNeedsCompletion = "plan.leftOutNeedsCompletion"
  case planLeftOutOverLimit = "plan.leftOutOverLimit"
  case planEmptyNeedsCompletion = "plan.emptyNeedsCompletion"
  case planEstimate = "plan.estimate"
  case planEmpty = "plan.empty"
  case planNoCouriers = "plan.noCouriers"
  case planWorking = "plan.working"
  case planAccepted = "plan.accepted"
  case planAcceptedNothing = "plan.acceptedNothing"
  case planChangeAssigned = "plan.changeAssigned"
  case planChangeReassigned = "plan.changeReassigned"
  case planChangeReordered = "plan.changeReordered"
  case planPinned = "plan.pinned"
  case planFull = "plan.full"
  case hintPlan = "hint.plan"
  case hintMoveStop = "hint.moveStop"
  case hintReorder = "hint.reorder"
  case hintAccept = "hint.accept"
  case hintDiscard = "hint.discard"
  case actionRoute = "action.route"
  case correctKk = "correct.kk"
  case errorNeedsCompletion = "error.needsCompletion"
  case errorNotDeliveryDay = "error.notDeliveryDay"
  case fieldHandoverTime = "field.handoverTime"
  case timeInvalid = "time.invalid"
  case timeInFuture = "time.inFuture"
  case hintConfirm = "hint.confirm"
  case paneRequests = "pane.requests"
  case filterAll = "filter.all"
  case filterPending = "filter.pending"
  case filterNeedsCompletion = "filter.needsCompletion"
  case sortAge = "sort.age"
  case sortDesa = "sort.desa"
  case sortDocument = "sort.document"
  case sortState = "sort.state"
  case titleSortedBy = "title.sortedBy"
  case titleMarked = "title.marked"
  case formFilter = "form.filter"
  case fieldStatus = "field.status"
  case fieldDesa = "field.desa"
  case fieldDocument = "field.document"
  case fieldNeedsCompletion = "field.needsCompletion"
  case fieldSort = "field.sort"
  case searchPrompt = "search.prompt"
  case searchNotFound = "search.notFound"
  case searchNotFoundFiltered = "search.notFoundFiltered"
  case searchHint = "search.hint"
  case hintSearch = "hint.search"
  case hintFilter = "hint.filter"
  case hintSort = "hint.sort"
  case hintMark = "hint.mark"
  case hintNew = "hint.new"
  case hintSend = "hint.send"
  case hintReady = "hint.ready"
  case hintUndo = "hint.undo"
  case hintCorrect = "hint.correct"
  case hintHelp = "hint.help"
  case formAssignMany = "form.assignMany"
  case formCancelMany = "form.cancelMany"
  case formUndo = "form.undo"
  case formUndoBody = "form.undoBody"
  case resultUndo = "result.undo"
  case errorNothingToUndo = "error.nothingToUndo"
  case resultBulk = "result.bulk"
  case resultBulkFailed = "result.bulkFailed"
  case formIntake = "form.intake"
  case intakeKnownResident = "intake.knownResident"
  case intakeKnownResidentTyped = "intake.knownResidentTyped"
  case fieldNik = "field.nik"
  case fieldName = "field.name"
  case fieldKk = "field.kk"
  case fieldPhone = "field.phone"
  case fieldDusun = "field.dusun"
  case fieldRw = "field.rw"
  case fieldRt = "field.rt"
  case fieldStreet = "field.street"
  case fieldReplacement = "field.replacement"
  case fieldOldCard = "field.oldCard"
  case fieldCorrectWhat = "field.correctWhat"
  case valueYes = "value.yes"
  case valueNo = "value.no"
  case sexMale = "sex.male"
  case sexFemale = "sex.female"
  case nikOk = "nik.ok"
  case nikUnknownRegion = "nik.unknownRegion"
  case nikNotDigits = "nik.notDigits"
  case nikLength = "nik.length"
  case nikZeroRegion = "nik.zeroRegion"
  case nikZeroSerial = "nik.zeroSerial"
  case nikDate = "nik.date"
  case regionProvince = "region.province"
  case regionKabupaten = "region.kabupaten"
  case regionKecamatan = "region.kecamatan"
  case kkLength = "kk.length"
  case kkNotDigits = "kk.notDigits"
  case phoneInvalid = "phone.invalid"
  case phoneOk = "phone.ok"
  case formInvalidField = "form.invalidField"
  case resultCreate = "result.create"
  case errorDuplicate = "error.duplicate"
  case formCorrect = "form.correct"
  case correctRecipient = "correct.recipient"
  case correctRecipientNotDelivered = "correct.recipientNotDelivered"
  case correctAddress = "correct.address"
  case correctName = "correct.name"
  case correctPhone = "correct.phone"
  case resultCorrect = "result.correct"
  case resultSend = "result.send"
  case resultReady = "result.ready"
  case detailRequirements = "detail.requirements"
  case detailRequirementsMissing = "detail.requirementsMissing"
  case detailRequirementsComplete = "detail.requirementsComplete"
  case detailHandover = "detail.handover"
  case detailNeedsCompletion = "detail.needsCompletion"
  case detailReplacement = "detail.replacement"
  case reqAge17OrMarried = "req.age-17-or-married"
  case reqKk = "req.kk"
  case reqOldCardOrPoliceReport = "req.old-card-or-police-report"
  case reqMarriageOrDivorceCertificate = "req.marriage-or-divorce-certificate"
  case reqMovingCertificate = "req.moving-certificate"
  case reqPreviousKk = "req.previous-kk"
  case reqBirthCertificate = "req.birth-certificate"
  case reqParentsKk = "req.parents-kk"
  case reqParentsKtpEl = "req.parents-ktp-el"
  case reqPhotoFromAge5 = "req.photo-from-age-5"
  case reqBirthLetter = "req.birth-letter"
  case reqParentsMarriageBook = "req.parents-marriage-book"
  case reqDeathLetter = "req.death-letter"
  case reqDeceasedKk = "req.deceased-kk"
  case reqDeceasedKtpEl = "req.deceased-ktp-el"
  case actionCorrect = "action.correct"
  case actionUndo = "action.undo"
  case queueAttempts = "queue.attempts"
  case detailAttemptsValue = "detail.attemptsValue"
  case errorOr = "error.or"
  case headerReadOnly = "header.readOnly"
  case formNoteForOther = "form.noteForOther"
  case formCourierLoad = "form.courierLoad"
  case eventAttempt = "event.attempt"
  case eventOldCard = "event.oldCard"
  case eventPrinted = "event.printed"
  case eventFromPrintList = "event.fromPrintList"
  case eventReassigned = "event.reassigned"
  case summaryPending = "summary.pending"
  case summaryDeliveredOnDay = "summary.deliveredOnDay"
  case summaryFailedOnDay = "summary.failedOnDay"
  case summaryOpenComplaints = "summary.openComplaints"
  case summaryRequests = "summary.requests"
  case hintDetail = "hint.detail"
  case hintAssign = "hint.assign"
  case hintOut = "hint.out"
  case hintDelivered = "hint.delivered"
  case hintFailed = "hint.failed"
  case hintComplaint = "hint.complaint"
  case hintCancel = "hint.cancel"
  case hintPane = "hint.pane"
  case hintQuit = "hint.quit"
  case hintClose = "hint.close"
  case hintMove = "hint.move"
  case hintField = "hint.field"
  case hintChoose = "hint.choose"
  case hintSave = "hint.save"
  case hintApply = "hint.apply"
  case hintScroll = "hint.scroll"
  case headerTotals = "header.totals"
  case headerTotalsShort = "header.totalsShort"
  case paneQueue = "pane.queue"
  case paneCouriers = "pane.couriers"
  case paneMap = "pane.map"
  case paneComplaints = "pane.complaints"
  case colNumber = "col.number"
  case colAge = "col.age"
  case colDesa = "col.desa"
  case colDusun = "col.dusun"
  case colDocument = "col.document"
  case colResident = "col.resident"
  case colState = "col.state"
  case colCourier = "col.courier"
  case colAssigned = "col.assigned"
  case colOut = "col.out"
  case colDelivered = "col.delivered"
  case colFailed = "col.failed"
  case colName = "col.name"
  case colCategory = "col.category"
  case colRequest = "col.request"
  case ageDays = "age.days"
  case ageHours = "age.hours"
  case mapLegend = "map.legend"
  case mapLegendShort = "map.legendShort"
  case mapOffice = "map.office"
  case queueEmpty = "queue.empty"
  case couriersEmpty = "couriers.empty"
  case complaintsEmpty = "complaints.empty"
  case stateReceived = "state.received"
  case stateInProcess = "state.in-process"
  case stateReady = "state.ready"
  case stateAssigned = "state.assigned"
  case stateOutForDelivery = "state.out-for-delivery"
  case stateDelivered = "state.delivered"
  case stateReturnedToOffice = "state.returned-to-office"
  case stateCancelled = "state.cancelled"
  case reasonNotAtHome = "reason.not-at-home"
  case reasonAddressNotFound = "reason.address-not-found"
  case reasonRefused = "reason.refused"
  case reasonRecipientNotEntitled = "reason.recipient-not-entitled"
  case reasonOther = "reason.other"
  case recipientResident = "recipient.resident"
  case recipientFamilyMember = "recipient.family-member"
  case recipientProxy = "recipient.proxy"
  case actionCreate = "action.create"
  case actionSendToDukcapil = "action.send-to-dukcapil"
  case actionMarkReady = "action.mark-ready"
  case actionAssign = "action.assign"
  case actionUnassign = "action.unassign"
  case actionDispatch = "action.dispatch"
  case actionDeliver = "action.deliver"
  case actionFailAttempt = "action.fail-attempt"
  case actionCancel = "action.cancel"
  case channelCallCentre = "channel.call-centre"
  case channelWhatsapp = "channel.whatsapp"
  case channelSocialMedia = "channel.social-media"
  case channelWalkIn = "channel.walk-in"
  case channelLetter = "channel.letter"
  case channelLapor = "channel.lapor"
  case categoryLate = "category.late"
  case categoryNotReceived = "category.not-received"
  case categoryWrongData = "category.wrong-data"
  case categoryDamaged = "category.damaged"
  case categoryCourierConduct = "category.courier-conduct"
  case categoryOther = "category.other"
  case weightLight = "weight.light"
  case weightNormative = "weight.normative"
  case weightNoSupervisoryContent = "weight.no-supervisory-content"
  case weightNeedsInvestigation = "weight.needs-investigation"
  case complaintReceived = "complaint.received"
  case complaintVerified = "complaint.verified"
  case complaintPostponed = "complaint.postponed"
  case complaintNotOurAuthority = "complaint.not-our-authority"
  case complaintArchived = "complaint.archived"
  case complaintAssigned = "complaint.assigned"
  case complaintInFollowUp = "complaint.in-follow-up"
  case complaintResolved = "complaint.resolved"
  case formAssign = "form.assign"
  case formDeliver = "form.deliver"
  case formFail = "form.fail"
  case formFailLast = "form.failLast"
  case formCancel = "form.cancel"
  case formComplaint = "form.complaint"
  case formRequired = "form.required"
  case fieldCourier = "field.courier"
  case fieldDay = "field.day"
  case fieldRecipientKind = "field.recipientKind"
  case fieldRecipientName = "field.recipientName"
  case fieldRelation = "field.relation"
  case fieldReason = "field.reason"
  case fieldNote = "field.note"
  case fieldChannel = "field.channel"
  case fieldLaporNumber = "field.laporNumber"
  case fieldCategory = "field.category"
  case fieldWeight = "field.weight"
  case fieldComplainant = "field.complainant"
  case fieldDescription = "field.description"
  case dayToday = "day.today"
  case dayTomorrow = "day.tomorrow"
  case resultAssign = "result.assign"
  case resultUnassign = "result.unassign"
  case resultDispatch = "result.dispatch"
  case resultDeliver = "result.deliver"
  case resultFail = "result.fail"
  case resultFailReturned = "result.failReturned"
  case resultCancel = "result.cancel"
  case resultComplaint = "result.complaint"
  case errorIllegal = "error.illegal"
  case errorMissingField = "error.missingField"
  case errorConflict = "error.conflict"
  case errorReadOnly = "error.readOnly"
  case errorStore = "error.store"
  case errorNoSelection = "error.noSelection"
  case errorNoCourier = "error.noCourier"
  case errorLoad = "error.load"
  case detailRequest = "detail.request"
  case detailComplaint = "detail.complaint"
  case detailCourier = "detail.courier"
  case detailDesa = "detail.desa"
  case detailResident = "detail.resident"
  case detailNik = "detail.nik"
  case detailKkMissing = "detail.kkMissing"
  case detailKk = "detail.kk"
  case detailPhone = "detail.phone"
  case detailAddress = "detail.address"
  case detailDocument = "detail.document"
  case detailState = "detail.state"
  case detailAttempts = "detail.attempts"
  case detailCourierName = "detail.courierName"
  case detailDeliveryDay = "detail.deliveryDay"
  case detailReceived = "detail.received"
  case detailHistory = "detail.history"
  case detailComplaints = "detail.complaints"
  case detailChannel = "detail.channel"
  case detailCategory = "detail.category"
  case detailWeight = "detail.weight"
  case detailDeadline = "detail.deadline"
  case detailDescription = "detail.description"
  case detailLinkedRequest = "detail.linkedRequest"
  case detailVehicle = "detail.vehicle"
  case detailHomeDesa = "detail.homeDesa"
  case detailCapacity = "detail.capacity"
  case detailToday = "detail.today"
  case detailTodayCounts = "detail.todayCounts"
  case detailCode = "detail.code"
  case detailPopulation = "detail.population"
  case detailFamilies = "detail.families"
  case detailDistance = "detail.distance"
  case detailDistanceValue = "detail.distanceValue"
  case detailDusun = "detail.dusun"
  case detailPending = "detail.pending"
  case detailDeliveredMonth = "detail.deliveredMonth"
  case detailNone = "detail.none"
  case detailOverdue = "detail.overdue"
  case detailDaysLeft = "detail.daysLeft"
  case loading = "loading"
  case screenTooSmall = "screen.tooSmall"
  case planRoadFile = "plan.roadFile"
  case planRoadFileMixed = "plan.roadFileMixed"
  case planRoadFileInvalid = "plan.roadFileInvalid"

  // MARK: Complaint workflow (texts in MessageKey+Complaints.swift)
  case complaintActionLog = "complaintAction.log"
  case complaintActionVerify = "complaintAction.verify"
  case complaintActionPostpone = "complaintAction.postpone"
  case complaintActionNotOurAuthority = "complaintAction.not-our-authority"
  case complaintActionArchive = "complaintAction.archive"
  case complaintActionAssign = "complaintAction.assign"
  case complaintActionFollowUp = "complaintAction.follow-up"
  case complaintActionResolve = "complaintAction.resolve"
  case complaintActionRespond = "complaintAction.respond"
  case complaintEventLog = "complaintEvent.log"
  case complaintEventVerify = "complaintEvent.verify"
  case complaintEventPostpone = "complaintEvent.postpone"
  case complaintEventNotOurAuthority = "complaintEvent.not-our-authority"
  case complaintEventArchive = "complaintEvent.archive"
  case complaintEventAssign = "complaintEvent.assign"
  case complaintEventFollowUp = "complaintEvent.follow-up"
  case complaintEventResolve = "complaintEvent.resolve"
  case complaintEventRespond = "complaintEvent.respond"
  case hintNewComplaint = "hint.newComplaint"
  case hintComplaintVerify = "hint.complaint.verify"
  case hintComplaintPostpone = "hint.complaint.postpone"
  case hintComplaintNotOurs = "hint.complaint.notOurs"
  case hintComplaintArchive = "hint.complaint.archive"
  case hintComplaintAssign = "hint.complaint.assign"
  case hintComplaintFollowUp = "hint.complaint.followUp"
  case hintComplaintResolve = "hint.complaint.resolve"
  case hintComplaintRespond = "hint.complaint.respond"
  case fieldStaff = "field.staff"
  case fieldResponse = "field.response"
  case fieldRequestNumber = "field.requestNumber"
  case fieldResidentNik = "field.residentNik"
  case fieldOpenOnly = "field.openOnly"
  case formNewComplaint = "form.newComplaint"
  case formComplaintAction = "form.complaintAction"
  case formComplaintBody = "form.complaintBody"
  case formComplaintFilter = "form.complaintFilter"
  case formDeadlineHint = "form.deadlineHint"
  case requestNumberInvalid = "requestNumber.invalid"
  case requestNumberUnknown = "requestNumber.unknown"
  case complaintDeadlineSet = "complaint.deadlineSet"
  case complaintMissingField = "complaint.missingField"
  case complaintNoteTooLong = "complaint.noteTooLong"
  case complaintConflict = "complaint.conflict"
  case complaintIllegal = "complaint.illegal"
  case complaintResultVerified = "complaint.resultVerified"
  case complaintResultAssigned = "complaint.resultAssigned"
  case complaintResultResponded = "complaint.resultResponded"
  case complaintResultMoved = "complaint.resultMoved"
  case deadlineToday = "deadline.today"
  case deadlineLeftShort = "deadline.leftShort"
  case deadlineOverdueShort = "deadline.overdueShort"
  case deadlineTodayLong = "deadline.todayLong"
  case deadlineLeftLong = "deadline.leftLong"
  case deadlineOverdueLong = "deadline.overdueLong"
  case laporVerifyMark = "lapor.verifyMark"
  case colTimeLeft = "col.timeLeft"
  case colStatus = "col.status"
  case complaintsFiltered = "complaints.filtered"
  case complaintsNoneMatch = "complaints.noneMatch"
  case rateFooter = "rate.footer"
  case rateFooterShort = "rate.footerShort"
  case rateNoneYet = "rate.noneYet"
  case complaintHistory = "complaint.history"
  case complaintResponses = "complaint.responses"
  case complaintNoResponses = "complaint.noResponses"
  case complaintRequestHistory = "complaint.requestHistory"
  case complaintRequestLine = "complaint.requestLine"
  case complaintWeightDays = "complaint.weightDays"
  case complaintInTime = "complaint.inTime"
  case complaintLate = "complaint.late"
  case complaintEventStaff = "complaint.eventStaff"
  case complaintEventWeight = "complaint.eventWeight"
  case detailLaporVerify = "detail.laporVerify"
  case detailComplainant = "detail.complainant"
  case detailComplaintDesa = "detail.complaintDesa"
  case detailAssignedTo = "detail.assignedTo"
  case detailResolvedAt = "detail.resolvedAt"
  case complaintRequestNotFound = "complaint.requestNotFound"
  case complaintRequestMismatch = "complaint.requestMismatch"
  case complaintResidentNotFound = "complaint.residentNotFound"
  case complaintResidentNotOfRequest = "complaint.residentNotOfRequest"

  case complaintReceivedAt = "complaint.receivedAt"

  // MARK: Satisfaction survey (texts in MessageKey+Survey.swift)
  case surveyElement1 = "survey.u1"
  case surveyElement2 = "survey.u2"
  case surveyElement3 = "survey.u3"
  case surveyElement4 = "survey.u4"
  case surveyElement5 = "survey.u5"
  case surveyElement6 = "survey.u6"
  case surveyElement7 = "survey.u7"
  case surveyElement8 = "survey.u8"
  case surveyElement9 = "survey.u9"
  case surveyGradeA = "survey.grade.A"
  case surveyGradeB = "survey.grade.B"
  case surveyGradeC = "survey.grade.C"
  case surveyGradeD = "survey.grade.D"
  case surveyHeadline = "survey.headline"
  case surveyHeadlineNone = "survey.headlineNone"
  case surveySampleShort = "survey.sampleShort"
  case surveySampleEnough = "survey.sampleEnough"
  case surveyUnanswered = "survey.unanswered"
  case surveyNoDeliveries = "survey.noDeliveries"
  case surveyTitle = "survey.title"
  case surveyIkmLine = "survey.ikmLine"
  case surveyIkmNone = "survey.ikmNone"
  case surveyRespondents = "survey.respondents"
  case surveyPopulation = "survey.population"
  case surveyColElement = "survey.col.element"
  case surveyColAnswers = "survey.col.answers"
  case surveyColGrade = "survey.col.grade"
  case formSurvey = "form.survey"
  case formSurveyReplace = "form.surveyReplace"
  case formSurveyBody = "form.surveyBody"
  case formSurveyReplaceBody = "form.surveyReplaceBody"
  case fieldAnsweredOn = "field.answeredOn"
  case surveyAnswerInvalid = "survey.answerInvalid"
  case surveyDateInvalid = "survey.dateInvalid"
  case surveyDateInFuture = "survey.dateInFuture"
  case surveyDateBeforeDelivery = "survey.dateBeforeDelivery"
  case surveyNoAnswers = "survey.noAnswers"
  case hintSurvey = "hint.survey"
  case resultSurveyRecorded = "result.surveyRecorded"
  case resultSurveyReplaced = "result.surveyReplaced"
  case errorSurveyNotDelivered = "error.surveyNotDelivered"
  case errorSurveyAlready = "error.surveyAlready"
  case errorSurveyNothingToReplace = "error.surveyNothingToReplace"
  case errorSurveyBeforeDelivery = "error.surveyBeforeDelivery"
  case errorSurveyInFuture = "error.surveyInFuture"
  case errorSurveyNoAnswers = "error.surveyNoAnswers"
  case detailSurvey = "detail.survey"
  case detailSurveyAnswered = "detail.surveyAnswered"
  case detailSurveyNone = "detail.surveyNone"
  case surveySourceForm = "survey.source.form"
  case surveySourceImport = "survey.source.csv-import"

  // MARK: Village map (texts in MessageKey+Map.swift)
  case mapTable = "map.table"
  case mapMetricPending = "map.metricPending"
  case mapMetricPendingShort = "map.metricPendingShort"
  case mapMetricOverdue = "map.metricOverdue"
  case mapNothingPending = "map.nothingPending"
  case mapNothingOverdue = "map.nothingOverdue"
  case mapOfficeEstimate = "map.officeEstimate"
  case mapNoCourierInDesa = "map.noCourierInDesa"
  case mapCouriersTo = "map.couriersTo"
  case mapDetailOverdue = "map.detailOverdue"
  case mapDetailComplaints = "map.detailComplaints"
  case mapColResidents = "map.colResidents"
  case mapColPending = "map.colPending"
  case mapColOverdue = "map.colOverdue"
  case mapColDelivered = "map.colDelivered"
  case mapColComplaints = "map.colComplaints"
  case mapTotal = "map.total"
  case mapKmNote = "map.kmNote"
  case mapDeliveredNote = "map.deliveredNote"
  case mapComplaintsWithoutDesa = "map.complaintsWithoutDesa"
  case mapHintFilter = "map.hintFilter"
  case mapHintClear = "map.hintClear"
  case mapHintTable = "map.hintTable"
  case mapHintMap = "map.hintMap"
  case mapHintOverdue = "map.hintOverdue"
  case mapHintPerThousand = "map.hintPerThousand"
  case mapHintZoom = "map.hintZoom"
  case mapHintDesa = "map.hintDesa"

  // MARK: Live summary and reports (texts in MessageKey+Summary.swift)
  case summaryScreenTitle = "summary.screenTitle"
  case summaryDeliveredToday = "summary.deliveredToday"
  case summaryDeliveredMonth = "summary.deliveredMonth"
  case summaryPendingNow = "summary.pendingNow"
  case summaryOverdue = "summary.overdue"
  case summaryNoneOverdue = "summary.noneOverdue"
  case summaryOnTime = "summary.onTime"
  case summaryFirstAttempt = "summary.firstAttempt"
  case summaryFirstAttemptShort = "summary.firstAttemptShort"
  case summaryPerThousand = "summary.perThousand"
  case summaryIndex = "summary.index"
  case summaryResidents = "summary.residents"
  case summaryResidentsShort = "summary.residentsShort"
  case summaryAgainst = "summary.against"
  case summaryPoints = "summary.points"
  case summaryNoData = "summary.noData"
  case summaryDesaHeading = "summary.desaHeading"
  case summaryTrendDeliveries = "summary.trendDeliveries"
  case summaryTrendOnTime = "summary.trendOnTime"
  case summaryFailures = "summary.failures"
  case summaryNoFailures = "summary.noFailures"
  case summaryCouriers = "summary.couriers"
  case summaryCourierLine = "summary.courierLine"
  case summaryMoreCouriers = "summary.moreCouriers"
  case hintSummary = "hint.summary"
  case hintBackToPanes = "hint.backToPanes"
  case summaryLineOverdue = "summary.lineOverdue"
  case summaryLineDeliveredMonth = "summary.lineDeliveredMonth"
  case summaryLineOnTimeMonth = "summary.lineOnTimeMonth"
  case summaryLineResidentsYear = "summary.lineResidentsYear"
  case summaryDeliveredMonthShort = "summary.deliveredMonthShort"
  case summaryPendingShort = "summary.pendingShort"
  case summaryDesaHeadingShort = "summary.desaHeadingShort"
  case summaryNoGeography = "summary.noGeography"
  case summaryComplaintRates = "summary.complaintRates"
  case summaryComplaintRatesShort = "summary.complaintRatesShort"
  case summaryIndexDetail = "summary.indexDetail"
  case summaryIndexDetailShort = "summary.indexDetailShort"
  case summaryIndexNone = "summary.indexNone"
  case summaryComplaintLine = "summary.complaintLine"
  case reportComplaintsHeading = "report.complaintsHeading"
  case reportComplaintsReceived = "report.complaintsReceived"
  case reportComplaintsExcluded = "report.complaintsExcluded"
  case reportComplaintsCounted = "report.complaintsCounted"
  case reportComplaintsResolved = "report.complaintsResolved"
  case reportComplaintsInTime = "report.complaintsInTime"
  case reportSurveyHeading = "report.surveyHeading"
  case reportIndex = "report.index"
  case reportRespondents = "report.respondents"
  case reportPopulation = "report.population"
  case reportSampleNeeded = "report.sampleNeeded"
  case reportNoteComplaints = "report.noteComplaints"
  case reportNoteSurvey = "report.noteSurvey"
  case summaryTrendDeliveriesShort = "summary.trendDeliveriesShort"
  case summaryTrendOnTimeShort = "summary.trendOnTimeShort"
  case summaryComplaintResolved = "summary.complaintResolved"
  case summaryIndexRespondents = "summary.indexRespondents"
  case summaryIndexSampleShort = "summary.indexSampleShort"
  case summaryIndexUnanswered = "summary.indexUnanswered"
  case summaryOverdueShort = "summary.overdueShort"
  case reportNoHolidays = "report.noHolidays"
  case warningPrefix = "warning.prefix"
  case notePrefix = "note.prefix"
  case summaryPastDayNote = "summary.pastDayNote"
  case reportTargetOne = "report.targetOne"
  case roleOperator = "role.operator"
  case roleSupervisor = "role.supervisor"
  case roleViewer = "role.viewer"
  case roleCourier = "role.courier"
  case reportTitle = "report.title"
  case reportYear = "report.year"
  case reportSoFar = "report.soFar"
  case reportNoRecords = "report.noRecords"
  case reportBeforeRecords = "report.beforeRecords"
  case reportPartlyBeforeRecords = "report.partlyBeforeRecords"
  case reportGenerated = "report.generated"
  case reportNoData = "report.noData"
  case reportRate = "report.rate"
  case reportTargetAll = "report.targetAll"
  case reportDeliveredHeading = "report.deliveredHeading"
  case reportDesa = "report.desa"
  case reportTotal = "report.total"
  case reportPerformanceHeading = "report.performanceHeading"
  case reportOnTime = "report.onTime"
  case reportAttempts = "report.attempts"
  case reportAttemptsValue = "report.attemptsValue"
  case reportFirstAttempt = "report.firstAttempt"
  case reportResidents = "report.residents"
  case reportFailuresHeading = "report.failuresHeading"
  case reportNoteWorkingDays = "report.noteWorkingDays"
  case reportNoteDefinitions = "report.noteDefinitions"

  // MARK: Store file failures (texts in MessageKey+Storage.swift)
  case errorStorageDamaged = "error.storage.damaged"
  case errorStorageDiskFull = "error.storage.diskFull"
  case errorStorageFileSizeLimit = "error.storage.fileSizeLimit"
  case errorStorageNotWritable = "error.storage.notWritable"
  case errorStorageCannotOpen = "error.storage.cannotOpen"
  case errorStorageInputOutput = "error.storage.inputOutput"
  case errorStorageLocked = "error.storage.locked"

  // MARK: Concurrent writers (texts in MessageKey+Concurrency.swift)
  case errorCourierConflict = "error.courierConflict"

  // MARK: Key help (texts in MessageKey+Help.swift)
  case helpTitle = "help.title"
  case helpSectionCommon = "help.section.common"
  case helpSectionQueue = "help.section.queue"
  case helpSectionCouriers = "help.section.couriers"
  case helpSectionMap = "help.section.map"
  case helpSectionComplaints = "help.section.complaints"
  case helpPanes = "help.panes"
  case helpJump = "help.jump"
  case helpRows = "help.rows"
  case helpPage = "help.page"
  case helpEnds = "help.ends"
  case helpDetail = "help.detail"
  case helpSummary = "help.summary"
  case helpThis = "help.this"
  case helpEscape = "help.escape"
  case helpQuit = "help.quit"
  case helpIntake = "help.intake"
  case helpSend = "help.send"
  case helpReady = "help.ready"
  case helpAssign = "help.assign"
  case helpOut = "help.out"
  case helpDeliver = "help.deliver"
  case helpFail = "help.fail"
  case helpCancel = "help.cancel"
  case helpMark = "help.mark"
  case helpPlan = "help.plan"
  case helpUndo = "help.undo"
  case helpCorrect = "help.correct"
  case helpSurvey = "help.survey"
  case helpComplaint = "help.complaint"
  case helpSearch = "help.search"
  case helpSearchNext = "help.searchNext"
  case helpFilter = "help.filter"
  case helpSort = "help.sort"
  case helpRoute = "help.route"
  case helpSectionRoute = "help.section.route"
  case helpSectionPlan = "help.section.plan"
  case helpStop = "help.stop"
  case helpStopOrder = "help.stopOrder"
  case helpRouteSave = "help.routeSave"
  case helpRouteCourier = "help.routeCourier"
  case helpRouteRunSheet = "help.routeRunSheet"
  case helpRouteClose = "help.routeClose"
  case helpPlanCourier = "help.planCourier"
  case helpPlanAccept = "help.planAccept"
  case helpPlanDiscard = "help.planDiscard"
  case helpPlanUrgent = "help.planUrgent"
  case helpNewCourier = "help.newCourier"
  case helpEditCourier = "help.editCourier"
  case helpMapDesa = "help.map.desa"
  case helpMapFilter = "help.map.filter"
  case helpMapClear = "help.map.clear"
  case helpMapTable = "help.map.table"
  case helpMapShading = "help.map.shading"
  case helpZoom = "help.zoom"
  case helpMapDetail = "help.map.detail"
  case helpComplaintNew = "help.complaint.new"
  case helpComplaintVerify = "help.complaint.verify"
  case helpComplaintPostpone = "help.complaint.postpone"
  case helpComplaintNotOurs = "help.complaint.notOurs"
  case helpComplaintArchive = "help.complaint.archive"
  case helpComplaintAssign = "help.complaint.assign"
  case helpComplaintFollowUp = "help.complaint.followUp"
  case helpComplaintResolve = "help.complaint.resolve"
  case helpComplaintRespond = "help.complaint.respond"

  case promptUnknown = "prompt.unknown"
  case promptBadNumber = "prompt.badNumber"
  case promptBadDesa = "prompt.badDesa"
  case promptBadSort = "prompt.badSort"
  case promptBadLanguage = "prompt.badLanguage"
  case promptNoRequest = "prompt.noRequest"
  case promptHint = "prompt.hint"
  case hintCommand = "hint.command"
  case helpCommand = "help.command"

  // MARK: Themes (texts in MessageKey+Themes.swift)
  case themeProblems = "theme.problems"

  // MARK: Server connection (texts in MessageKey+Server.swift)
  case serverLostBanner = "server.lostBanner"
  case serverLostShort = "server.lostShort"
  case serverBack = "server.back"
  case serverChangeRefused = "server.changeRefused"
  case serverOutcomeUnknown = "server.outcomeUnknown"
  case serverNotWritable = "server.notWritable"

  // MARK: Kecamatan and kabupaten (texts in MessageKey+Kabupaten.swift)
  case kabupatenName = "kabupaten.name"
  case summaryKecamatan = "summary.kecamatan"
  case kecamatanListTitle = "kecamatan.listTitle"
  case kecamatanListSummed = "kecamatan.listSummed"
  case kecamatanColumnCode = "kecamatan.column.code"
  case kecamatanColumnName = "kecamatan.column.name"
  case kecamatanColumnPending = "kecamatan.column.pending"
  case kecamatanColumnOverdue = "kecamatan.column.overdue"
  case kecamatanColumnDelivered = "kecamatan.column.delivered"
  case kecamatanColumnComplaints = "kecamatan.column.complaints"
  case kecamatanListEmpty = "kecamatan.listEmpty"
  case kecamatanSwitching = "kecamatan.switching"
  case kecamatanSwitched = "kecamatan.switched"
  case kecamatanUnknown = "kecamatan.unknown"
  case kecamatanNotOffered = "kecamatan.notOffered"
  case kecamatanOtherVersion = "kecamatan.otherVersion"
  case kecamatanOtherVersionRow = "kecamatan.otherVersionRow"
  case kecamatanConflictRow = "kecamatan.conflictRow"
  case kecamatanConflict = "kecamatan.conflict"
  case kecamatanSwitchFailed = "kecamatan.switchFailed"
  case kecamatanSwitchOffline = "kecamatan.switchOffline"
  case kecamatanSwitchUnreadable = "kecamatan.switchUnreadable"
  case mapNoGeography = "map.noGeography"
  case formNoGeography = "form.noGeography"
  case helpKecamatan = "help.kecamatan"
  case hintKecamatan = "hint.kecamatan"
  case hintSwitch = "hint.switch"

  // MARK: Roles and audit (texts in MessageKey+Access.swift)
  case errorRoleMayNot = "error.roleMayNot"
  case changeRequest = "change.request"
  case changeImport = "change.import"
  case changeCourier = "change.courier"
  case changeComplaint = "change.complaint"
  case changeComplaintAssignment = "change.complaint assignment"
  case changeSurvey = "change.survey"
  case changeSettings = "change.settings"
  case courierNotLinked = "courier.notLinked"
  case complaintsNotForCourier = "complaints.notForCourier"
  case runSheetNotForRole = "runSheet.notForRole"
  case queueNotLinked = "queue.notLinked"
  case writtenRecipients = "written.recipients"
  case writtenRunSheet = "written.runSheet"
  case writtenReport = "written.report"

  // MARK: Print-list and survey imports (texts in MessageKey+Import.swift)
  case importLine = "import.line"
  case importDone = "import.done"
  case importDryRun = "import.dryRun"
  case importRowsRead = "import.rowsRead"
  case importMarkedReady = "import.markedReady"
  /// New requests of stored residents whose KK number and address are complete.
  case importCreatedComplete = "import.createdComplete"
  /// New requests flagged for completion.
  case importCreated = "import.created"
  case importRecorded = "import.recorded"
  case importUnchanged = "import.unchanged"
  case importSkipped = "import.skipped"
  case importDuplicates = "import.duplicates"
  case importInvalid = "import.invalid"
  case importRejectsWritten = "import.rejectsWritten"
  case importRejectsDryRun = "import.rejectsDryRun"
  case importSectionSkipped = "import.section.skipped"
  case importSectionDuplicates = "import.section.duplicates"
  case importSectionInvalid = "import.section.invalid"
  case importSectionWarnings = "import.section.warnings"
  case importCompleteCreated = "import.completeCreated"
  case importCompleteWouldCreate = "import.completeWouldCreate"
  case importRejectedOne = "import.rejectedOne"
  case importRejectedMany = "import.rejectedMany"
  case importRejectedFix = "import.rejectedFix"
  case importNothingImported = "import.nothingImported"
  case importSurveyRejectsFailed = "import.surveyRejectsFailed"
  case importCannotRead = "import.cannotRead"
  case importNoSuchFile = "import.noSuchFile"
  case importPermissionDenied = "import.permissionDenied"
  case importRejectsIsInput = "import.rejectsIsInput"
}

extension MessageKey {
  private static let generalIndonesian: [MessageKey: String] = [
    .planLegend: "! mendesak: aduan terbuka, lewat target, atau percobaan ulang setelah gagal.",
    .planPinnedMove: "Dokumen ini sudah ditugaskan ke kurirnya; pindahkan dari antrean dengan a.",
    .planNoRoute: "Tidak ada kurir lain ke arah itu.",
    .planStale:
      "Rencana tidak disimpan: dokumen diubah pengguna lain (mis. {0}). Tekan p untuk rencana baru.",
    .routeWritten: "Surat jalan ditulis: {0} (dan .html)",
    .routeWrite:
      "w: tulis surat jalan (teks untuk printer dan HTML) ke folder runsheets di direktori data",
    .hintRunSheet: "surat jalan",
    .hintCourier: "kurir",
    .hintDay: "hari",
    .helpRouteDay: "rute hari kerja sebelumnya atau berikutnya",
    .errorRouteUnsaved:
      "Urutan baru belum disimpan: simpan dengan Enter atau buang dengan Esc, lalu pilih hari lain.",
    .nikUnder17: "lahir {0}: belum 17 tahun; KTP-el hanya bila sudah menikah",
    .formNewCourier: "Kurir baru",
    .formEditCourier: "Ubah kurir {0}",
    .fieldVehicle: "Kendaraan",
    .fieldHomeDesa: "Desa asal",
    .fieldCapacity: "Kapasitas harian",
    .fieldWorkingDays: "Hari kerja",
    .fieldActive: "Aktif",
    .capacityInvalid: "isi jumlah alamat per hari, 1 sampai 999",
    .daysInvalid: "tulis seperti 1-5 atau 1,3,5",
    .resultCourierAdded: "Kurir {0} ditambahkan.",
    .resultCourierUpdated: "Kurir {0} diperbarui.",
    .routeTitle: "Rute {0}, {1}",
    .routeSummary: "{0} alamat · diserahkan {1} · dibawa {2} · belum {3} · ±{4} km (perkiraan)",
    .routeEmpty: "Belum ada dokumen untuk kurir ini pada hari itu.",
    .routePrint: "Cetak surat jalan: hds runsheet --courier {0} --date {1}",
    .routeSaved: "Urutan rute {0} disimpan.",
    .courierOffDuty: "libur",
    .assignOffDuty: "kurir libur",
    .hintNewCourier: "kurir baru",
    .hintEditCourier: "ubah",
    .hintRoute: "rute",
    .hintSaveRoute: "simpan urutan",
    .colKm: "km",
    .headerNoHolidays:
      "Tidak ada daftar hari libur {0}: umur dihitung tanpa hari libur. Lihat README.",
    .nameInvalid: "tulis nama seperti di KTP-el",
    .phoneNotDigits: "hanya angka, +, spasi, tanda hubung, titik, kurung",
    .phoneMissingPrefix: "mulai dengan 0, 62 atau +62",
    .phoneZeroAfter62: "jangan ada 0 sesudah 62: +62 812…",
    .phoneLength: "{0} digit sesudah awalan; mestinya 8–12",
    .errorHandoverInFuture: "{0}: waktu serah terima belum tiba; isi waktu dokumen diserahkan.",
    .errorHandoverBeforeDispatch:
      "{0}: waktu serah terima lebih awal dari saat dokumen dibawa kurir; isi waktu yang lebih akhir.",
    .errorInactiveCourier: "Kurir {0} tidak aktif; tugaskan ke kurir yang aktif.",
    .errorNotLatestChange:
      "{0} sudah berubah lagi sesudahnya; hanya perubahan terakhir yang bisa diurungkan.",
    .errorCannotUndo: "\"{0}\" pada {1} tidak bisa diurungkan; buat koreksi (e) sebagai gantinya.",
    .errorBulkUndo:
      "Tindakan massal tidak bisa diurungkan sekaligus; urungkan per permohonan dari rinciannya.",
    .errorCannotUndoCreate:
      "Pendaftaran {0} tidak bisa diurungkan; bila keliru, batalkan permohonannya (x).",
    .errorUndoOtherUser:
      "Perubahan terakhir {0} dibuat oleh {1}; hanya pembuatnya yang bisa mengurungkannya.",
    .errorCloseViewFirst:
      "Tutup tampilan ini dulu (Enter simpan urutan, Esc buang), lalu pakai : atau /.",
    .errorComplaintUndo:
      "Langkah aduan tidak bisa diurungkan; catat langkah berikutnya atau tanggapan (r) yang meluruskannya.",
    .intakeNoRequirements:
      "Belum ada persyaratan yang dicentang. Centang yang sudah diperiksa (Spasi), atau tekan Enter sekali lagi untuk menyimpan tanpa persyaratan.",
    .addressIncomplete: "belum lengkap (dari daftar cetak)",
    .detailKkMissing: "belum diisi (dari daftar cetak)",
    .planTitle: "Rencana antar {0}",
    .planRouteLine: "{0} — {1}/{2} dokumen · ±{3} km · ±{4} menit",
    .planUnplaced: "{0} dokumen tidak direncanakan karena kapasitas kurir habis: {1}",
    .planLeftOutNeedsCompletion:
      "{0} dokumen siap perlu dilengkapi sebelum direncanakan (filter F).",
    .planLeftOutOverLimit:
      "{0} dokumen siap tidak direncanakan karena satu rencana memuat paling banyak {1}, terlama dulu.",
    .planEmptyNeedsCompletion:
      "Tidak ada dokumen siap yang bisa direncanakan, karena {0} dokumen siap perlu dilengkapi dulu (filter F, Perlu dilengkapi saja).",
    .planEstimate: "Jarak dan waktu perkiraan: garis lurus × {0}, 25 km/jam, 8 menit per alamat.",
    .planEmpty: "Tidak ada dokumen siap untuk direncanakan.",
    .planNoCouriers: "Tidak ada kurir bertugas pada {0}.",
    .planWorking: "Menyusun rencana antar…",
    .planAccepted: "Rencana diterima: {0}; {1} kurir.",
    .planAcceptedNothing:
      "Rencana diterima tanpa perubahan: setiap dokumen sudah di rute dan urutannya.",
    .planChangeAssigned: "{0} baru ditugaskan",
    .planChangeReassigned: "{0} dipindah dari kurir atau hari lain",
    .planChangeReordered: "{0} diubah urutannya",
    .planPinned: "sudah ditugaskan",
    .planFull: "Kurir tujuan sudah penuh ({0} dokumen).",
    .hintPlan: "rencana",
    .hintMoveStop: "pindah kurir",
    .hintReorder: "urutan",
    .hintAccept: "terima rencana",
    .hintDiscard: "buang",
    .actionRoute: "Urutan rute diubah",
    .correctKk: "No. KK",
    .errorNotDeliveryDay:
      "{0} ditugaskan untuk {1}, bukan hari ini; tugaskan ulang ke hari ini dengan a, lalu o.",
    .errorNeedsCompletion:
      "{0} dibuat dari daftar cetak dan alamat atau No. KK-nya belum lengkap; koreksi dulu (Enter, lalu e).",
    .fieldHandoverTime: "Waktu serah terima",
    .timeInvalid: "tulis JJ:MM, atau HH-BB-TTTT JJ:MM",
    .timeInFuture: "waktu itu belum tiba",
    .hintConfirm: "ya, lanjutkan",
    .paneRequests: "Permohonan ({0})",
    .filterAll: "Semua",
    .filterPending: "Menunggu antar",
    .filterNeedsCompletion: "perlu dilengkapi",
    .sortAge: "umur",
    .sortDesa: "desa",
    .sortDocument: "dokumen",
    .sortState: "status",
    .titleSortedBy: "urut {0}",
    .titleMarked: "{0} ditandai",
    .formFilter: "Saring antrean",
    .fieldStatus: "Status",
    .fieldDesa: "Desa",
    .fieldDocument: "Dokumen",
    .fieldNeedsCompletion: "Perlu dilengkapi saja",
    .fieldSort: "Urutan",
    .searchPrompt: "Cari (nama, NIK, telepon, nomor): ",
    .searchNotFound: "Tidak ada di antrean; cari di semua: F, Status Semua",
    .searchNotFoundFiltered: "Tidak ada di daftar tersaring; F ubah saringan",
    .searchHint: "n berikutnya · N sebelumnya · Esc hapus",
    .hintSearch: "cari",
    .hintFilter: "saring",
    .hintSort: "urutkan",
    .hintMark: "tandai",
    .hintNew: "baru",
    .hintSend: "kirim",
    .hintReady: "siap",
    .hintUndo: "urungkan",
    .hintCorrect: "koreksi",
    .hintHelp: "bantuan",
    .formAssignMany: "Tugaskan {0} dokumen",
    .formCancelMany: "Batalkan {0} dokumen",
    .formUndo: "Urungkan \"{0}\" pada {1}?",
    .formUndoBody:
      "Riwayat tetap tersimpan; pengurungan dicatat sebagai peristiwa baru yang membalikkan tindakan itu.",
    .resultUndo: "{0}: \"{1}\" diurungkan.",
    .errorNothingToUndo: "Belum ada tindakan di sesi ini yang bisa diurungkan.",
    .resultBulk: "{0} dari {1} berhasil.",
    .resultBulkFailed: "{0} dari {1} berhasil; gagal: {2}. Yang pertama: {3}",
    .formIntake: "Permohonan baru",
    .intakeKnownResident:
      "NIK ini sudah terdaftar atas nama {0}; datanya diisikan di bawah. Mengubahnya mengganti data penduduk itu di semua permohonannya.",
    .intakeKnownResidentTyped:
      "NIK ini sudah terdaftar atas nama {0}. Isian di bawah akan mengganti data penduduk itu di semua permohonannya.",
    .fieldNik: "NIK",
    .fieldName: "Nama",
    .fieldKk: "No. KK",
    .fieldPhone: "Telepon",
    .fieldDusun: "Dusun",
    .fieldRw: "RW",
    .fieldRt: "RT",
    .fieldStreet: "Jalan, no. rumah",
    .fieldReplacement: "KTP-el pengganti",
    .fieldOldCard: "KTP-el lama ditarik",
    .fieldCorrectWhat: "Yang dikoreksi",
    .valueYes: "ya",
    .valueNo: "tidak",
    .sexMale: "laki-laki",
    .sexFemale: "perempuan",
    .nikOk: "lahir {0}, {1}",
    .nikUnknownRegion: "kode wilayah {0} tidak dikenal, periksa KTP-el",
    .nikNotDigits: "hanya angka",
    .nikLength: "{0} digit; NIK 16 digit",
    .nikZeroRegion: "kode {0} 00 tidak ada",
    .nikZeroSerial: "nomor urut 0000 tidak ada",
    .nikDate: "tanggal {0}-{1} tahun ..{2} tidak ada",
    .regionProvince: "provinsi",
    .regionKabupaten: "kabupaten",
    .regionKecamatan: "kecamatan",
    .kkLength: "{0} digit; No. KK 16 digit",
    .kkNotDigits: "No. KK hanya angka",
    .phoneInvalid: "tidak dikenali: mulai 08, 62 atau +62, lalu 8–12 digit",
    .phoneOk: "tersimpan sebagai {0}",
    .formInvalidField: "Isian \"{0}\": {1}",
    .resultCreate: "{0} didaftarkan untuk {1}.",
    .errorDuplicate: "NIK ini masih punya permohonan {0} yang terbuka: {1}.",
    .formCorrect: "Koreksi {0}",
    .correctRecipient: "Penerima",
    .correctRecipientNotDelivered:
      "{0} berstatus {1}; penerima baru bisa dikoreksi setelah dokumen diserahkan.",
    .correctAddress: "Alamat",
    .correctName: "Nama penduduk",
    .correctPhone: "Telepon",
    .resultCorrect: "{0}: {1} dikoreksi.",
    .resultSend: "{0} dikirim ke Dukcapil.",
    .resultReady: "{0} siap diantar.",
    .detailRequirements: "Persyaratan",
    .detailRequirementsMissing: "kurang: {0}",
    .detailRequirementsComplete: "lengkap",
    .detailHandover: "Diterima oleh",
    .detailNeedsCompletion: "Perlu dilengkapi: dibuat dari daftar cetak Dukcapil",
    .detailReplacement: "pengganti",
    .reqAge17OrMarried: "Berusia 17 tahun atau sudah menikah",
    .reqKk: "Kartu Keluarga",
    .reqOldCardOrPoliceReport: "KTP-el lama, atau surat kehilangan dari kepolisian (pengganti)",
    .reqMarriageOrDivorceCertificate: "Akta nikah atau cerai (bila perubahan karenanya)",
    .reqMovingCertificate: "Surat keterangan pindah (bila pindah)",
    .reqPreviousKk: "KK lama",
    .reqBirthCertificate: "Akta kelahiran",
    .reqParentsKk: "KK orang tua",
    .reqParentsKtpEl: "KTP-el orang tua",
    .reqPhotoFromAge5: "Pas foto (usia 5 tahun ke atas)",
    .reqBirthLetter: "Surat keterangan lahir (RS, bidan atau kepala desa)",
    .reqParentsMarriageBook: "Buku nikah orang tua",
    .reqDeathLetter: "Surat keterangan kematian (dokter atau kepala desa)",
    .reqDeceasedKk: "KK almarhum",
    .reqDeceasedKtpEl: "KTP-el almarhum",
    .actionCorrect: "Dikoreksi",
    .actionUndo: "Diurungkan",
    .queueAttempts: "{0}, gagal {1}",
    .detailAttemptsValue: "{0} dari maks. {1}",
    .errorOr: " atau ",
    .headerReadOnly: "BACA SAJA",
    .formNoteForOther: "Isian \"Catatan\" wajib diisi bila alasannya \"Lainnya\".",
    .formCourierLoad: "{0} tugas, {1} dibawa",
    .eventAttempt: "percobaan ke-{0}",
    .eventOldCard: "KTP-el lama ditarik",
    .eventPrinted: "dicetak {0}",
    .eventFromPrintList: "dari daftar cetak Dukcapil",
    .eventReassigned: "sebelumnya {0}",
    .summaryPending: "Menunggu antar (siap, ditugaskan, dibawa kurir)",
    .summaryDeliveredOnDay: "Diserahkan pada hari itu",
    .summaryFailedOnDay: "Gagal antar pada hari itu",
    .summaryOpenComplaints: "Aduan terbuka",
    .summaryRequests: "Seluruh permohonan",
    .hintDetail: "rinci",
    .hintAssign: "tugaskan",
    .hintOut: "antar",
    .hintDelivered: "serahkan",
    .hintFailed: "gagal",
    .hintComplaint: "aduan",
    .hintCancel: "batal",
    .hintPane: "panel",
    .hintQuit: "keluar",
    .hintClose: "tutup",
    .hintMove: "pilih",
    .hintField: "isian",
    .hintChoose: "ubah pilihan",
    .hintSave: "simpan",
    .hintApply: "terapkan",
    .hintScroll: "gulir",
    .appTitle: "HDS · Kecamatan {0}",
    .headerTotals:
      "Siap {0} · Ditugaskan {1} · Dibawa kurir {2} · Diserahkan hari ini {3} · Aduan terbuka {4}",
    .headerTotalsShort:
      "Siap {0} · Ditugaskan {1} · Dibawa {2} · Diserahkan hari ini {3} · Aduan {4}",
    .paneQueue: "Antrean ({0})",
    .paneCouriers: "Kurir hari ini",
    .paneMap: "Peta desa",
    .paneComplaints: "Aduan ({0} terbuka)",
    .colNumber: "Nomor",
    .colAge: "Umur",
    .colDesa: "Desa",
    .colDusun: "Dusun",
    .colDocument: "Dokumen",
    .colResident: "Penduduk",
    .colState: "Status",
    .colCourier: "Kurir",
    .colAssigned: "Tgs",
    .colOut: "Bwa",
    .colDelivered: "Srh",
    .colFailed: "Ggl",
    .colName: "Nama",
    .colCategory: "Kategori",
    .colRequest: "Permohonan",
    .ageDays: "{0} hr",
    .ageHours: "{0} jam",
    .mapLegend: "antre/diserahkan bulan ini",
    .mapLegendShort: "antre/serah",
    .mapOffice: "Kantor",
    .queueEmpty: "Tidak ada dokumen yang menunggu.",
    .couriersEmpty: "Belum ada kurir aktif.",
    .complaintsEmpty: "Tidak ada aduan.",
    .stateReceived: "Terdaftar",
    .stateInProcess: "Diproses",
    .stateReady: "Siap",
    .stateAssigned: "Ditugaskan",
    .stateOutForDelivery: "Dibawa kurir",
    .stateDelivered: "Diserahkan",
    .stateReturnedToOffice: "Kembali ke kantor",
    .stateCancelled: "Dibatalkan",
    .reasonNotAtHome: "Tidak di rumah",
    .reasonAddressNotFound: "Alamat tidak ditemukan",
    .reasonRefused: "Ditolak penerima",
    .reasonRecipientNotEntitled: "Penerima tidak berhak",
    .reasonOther: "Lainnya",
    .recipientResident: "Pemohon sendiri",
    .recipientFamilyMember: "Anggota KK yang sama",
    .recipientProxy: "Pemegang surat kuasa",
    .actionCreate: "Didaftarkan",
    .actionSendToDukcapil: "Dikirim ke Dukcapil",
    .actionMarkReady: "Siap diantar",
    .actionAssign: "Ditugaskan",
    .actionUnassign: "Penugasan dicabut",
    .actionDispatch: "Dibawa kurir",
    .actionDeliver: "Diserahkan",
    .actionFailAttempt: "Gagal antar",
    .actionCancel: "Dibatalkan",
    .channelCallCentre: "Call center",
    .channelWhatsapp: "WhatsApp",
    .channelSocialMedia: "Media sosial",
    .channelWalkIn: "Datang langsung",
    .channelLetter: "Surat",
    .channelLapor: "SP4N-LAPOR!",
    .categoryLate: "Terlambat",
    .categoryNotReceived: "Belum diterima",
    .categoryWrongData: "Data salah",
    .categoryDamaged: "Rusak",
    .categoryCourierConduct: "Sikap kurir",
    .categoryOther: "Lainnya",
    .weightLight: "Ringan",
    .weightNormative: "Normatif",
    .weightNoSupervisoryContent: "Tanpa muatan pengawasan",
    .weightNeedsInvestigation: "Perlu investigasi",
    .complaintReceived: "Baru",
    .complaintVerified: "Diverifikasi",
    .complaintPostponed: "Ditunda",
    .complaintNotOurAuthority: "Bukan kewenangan",
    .complaintArchived: "Diarsipkan",
    .complaintAssigned: "Ditugaskan",
    .complaintInFollowUp: "Ditindaklanjuti",
    .complaintResolved: "Selesai",
    .formAssign: "Tugaskan {0}",
    .formDeliver: "Serah terima {0}",
    .formFail: "Gagal antar {0}",
    .formFailLast:
      "Ini percobaan terakhir ({0} dari {1}): setelah disimpan, dokumen kembali ke kantor.",
    .formCancel: "Batalkan {0}",
    .formComplaint: "Aduan untuk {0}",
    .formRequired: "Isian \"{0}\" wajib diisi.",
    .fieldCourier: "Kurir",
    .fieldDay: "Tanggal antar",
    .fieldRecipientKind: "Diterima oleh",
    .fieldRecipientName: "Nama penerima",
    .fieldRelation: "Hubungan",
    .fieldReason: "Alasan",
    .fieldNote: "Catatan",
    .fieldChannel: "Saluran",
    .fieldLaporNumber: "Nomor LAPOR!",
    .fieldCategory: "Kategori",
    .fieldWeight: "Bobot",
    .fieldComplainant: "Nama pengadu",
    .fieldDescription: "Uraian",
    .dayToday: "hari ini",
    .dayTomorrow: "besok",
    .resultAssign: "{0} ditugaskan ke {1} untuk {2}.",
    .resultUnassign: "Penugasan {0} dicabut.",
    .resultDispatch: "{0} dibawa kurir.",
    .resultDeliver: "{0} diterima oleh {1}.",
    .resultFail: "{0}: gagal antar ({1}), percobaan ke-{2}.",
    .resultFailReturned: "{0}: gagal antar ({1}); sudah {2} kali, dokumen kembali ke kantor.",
    .resultCancel: "{0} dibatalkan.",
    .resultComplaint: "Aduan #{0} dicatat.",
    .errorIllegal: "{0} berstatus {1}; \"{2}\" hanya untuk status {3}.",
    .errorMissingField: "{0}: isian \"{1}\" wajib diisi.",
    .errorConflict: "{0} baru saja diubah pengguna lain, kini {1}.",
    .errorReadOnly: "Mode baca saja: perubahan tidak diizinkan.",
    .errorStore: "Gagal: {0}",
    .errorNoSelection: "Pilih dokumen dulu.",
    .errorNoCourier: "Belum ada kurir aktif; tambahkan dengan: hds courier add",
    .errorLoad: "Gagal membaca data: {0}",
    .detailRequest: "Rincian {0}",
    .detailComplaint: "Aduan #{0}",
    .detailCourier: "Kurir {0}",
    .detailDesa: "Desa {0}",
    .detailResident: "Penduduk",
    .detailNik: "NIK",
    .detailKk: "No. KK",
    .detailPhone: "Telepon",
    .detailAddress: "Alamat",
    .detailDocument: "Dokumen",
    .detailState: "Status",
    .detailAttempts: "Gagal antar",
    .detailCourierName: "Kurir",
    .detailDeliveryDay: "Tanggal antar",
    .detailReceived: "Diajukan",
    .detailHistory: "Riwayat",
    .detailComplaints: "Aduan terkait",
    .detailChannel: "Saluran",
    .detailCategory: "Kategori",
    .detailWeight: "Bobot",
    .detailDeadline: "Batas waktu",
    .detailDescription: "Uraian",
    .detailLinkedRequest: "Permohonan",
    .detailVehicle: "Kendaraan",
    .detailHomeDesa: "Desa asal",
    .detailCapacity: "Kapasitas harian",
    .detailToday: "Hari ini",
    .detailTodayCounts: "ditugaskan {0}, dibawa {1}, diserahkan {2}, gagal {3}",
    .detailCode: "Kode Kemendagri",
    .detailPopulation: "Penduduk (2017)",
    .detailFamilies: "Kepala keluarga",
    .detailDistance: "Jarak ke kantor",
    .detailDistanceValue: "{0} km garis lurus",
    .detailDusun: "Dusun",
    .detailPending: "Menunggu antar",
    .detailDeliveredMonth: "Diserahkan bulan ini",
    .detailNone: "—",
    .detailOverdue: "lewat {0} hr",
    .detailDaysLeft: "sisa {0} hr",
    .loading: "Memuat…",
    .screenTooSmall: "Layar terlalu kecil: perlu {0}x{1}, sekarang {2}x{3}.",
    .planRoadFile: "Jarak dari road-distances.csv; waktu perkiraan: 25 km/jam, 8 menit per alamat.",
    .planRoadFileMixed:
      "Jarak: {0} dari {1} ruas dari road-distances.csv, sisanya garis lurus × {2}; waktu perkiraan.",
    .planRoadFileInvalid:
      "Rencana tidak dibuat: road-distances.csv salah. {1} (jumlah masalah: {0})",
  ]
}

extension MessageKey {
  private static let generalEnglish: [MessageKey: String] = [
    .planLegend: "! urgent: an open complaint, past its target, or a retry after a failed attempt.",
    .planPinnedMove:
      "This document is already assigned to its courier; reassign it from the queue with a.",
    .planNoRoute: "No other courier that way.",
    .planStale:
      "Plan not saved: documents were changed by another user (e.g. {0}). Press p for a new plan.",
    .routeWritten: "Run sheet written: {0} (and .html)",
    .routeWrite:
      "w: write the run sheet (text for the printer and HTML) to runsheets in the data directory",
    .hintRunSheet: "run sheet",
    .hintCourier: "courier",
    .hintDay: "day",
    .helpRouteDay: "the route of the previous or next working day",
    .errorRouteUnsaved:
      "The new order is not saved: save it with Enter or discard it with Esc, then pick another day.",
    .nikUnder17: "born {0}: under 17; a KTP-el only if married",
    .formNewCourier: "New courier",
    .formEditCourier: "Edit courier {0}",
    .fieldVehicle: "Vehicle",
    .fieldHomeDesa: "Home desa",
    .fieldCapacity: "Daily capacity",
    .fieldWorkingDays: "Working days",
    .fieldActive: "Active",
    .capacityInvalid: "enter the stops per day, 1 to 999",
    .daysInvalid: "write it like 1-5 or 1,3,5",
    .resultCourierAdded: "Courier {0} added.",
    .resultCourierUpdated: "Courier {0} updated.",
    .routeTitle: "Route of {0}, {1}",
    .routeSummary: "{0} stops · delivered {1} · out {2} · left {3} · ~{4} km (estimate)",
    .routeEmpty: "No documents for this courier on that day.",
    .routePrint: "Print the run sheet: hds runsheet --courier {0} --date {1}",
    .routeSaved: "Route order of {0} saved.",
    .courierOffDuty: "off",
    .assignOffDuty: "courier off duty",
    .hintNewCourier: "new courier",
    .hintEditCourier: "edit",
    .hintRoute: "route",
    .hintSaveRoute: "save order",
    .colKm: "km",
    .headerNoHolidays: "No holiday list for {0}: ages count weekends only. See the README.",
    .nameInvalid: "write the name as on the KTP-el",
    .phoneNotDigits: "digits, +, spaces, dashes, dots and brackets only",
    .phoneMissingPrefix: "start with 0, 62 or +62",
    .phoneZeroAfter62: "no 0 after 62: +62 812…",
    .phoneLength: "{0} digits after the prefix; expected 8 to 12",
    .errorHandoverInFuture:
      "{0}: the handover time is still to come; enter when the document was handed over.",
    .errorHandoverBeforeDispatch:
      "{0}: the handover time is before the document left with the courier; enter a later time.",
    .errorInactiveCourier: "Courier {0} is inactive; assign to an active courier.",
    .errorNotLatestChange: "{0} changed again since; only its latest change can be undone.",
    .errorCannotUndo: "\"{0}\" on {1} cannot be undone; make a correction (e) instead.",
    .errorBulkUndo:
      "A bulk action cannot be undone at once; undo each request from its detail view.",
    .errorCannotUndoCreate:
      "The registration of {0} cannot be undone; if it was a mistake, cancel the request (x).",
    .errorUndoOtherUser:
      "The latest change of {0} was made by {1}; only they can undo it.",
    .errorCloseViewFirst:
      "Close this view first (Enter saves the order, Esc discards it), then use : or /.",
    .errorComplaintUndo:
      "A complaint's steps cannot be undone; record the next step or a response (r) that sets it right.",
    .intakeNoRequirements:
      "No requirement is ticked. Tick the ones checked (Space), or press Enter again to save without any.",
    .addressIncomplete: "incomplete (from a print list)",
    .detailKkMissing: "not entered yet (from a print list)",
    .planTitle: "Delivery plan for {0}",
    .planRouteLine: "{0} — {1}/{2} documents · ~{3} km · ~{4} min",
    .planUnplaced: "{0} documents not planned because the couriers are full: {1}",
    .planLeftOutNeedsCompletion:
      "{0} ready documents need completing before they can be planned (filter F).",
    .planLeftOutOverLimit:
      "{0} ready documents not planned because one plan takes at most {1}, oldest first.",
    .planEmptyNeedsCompletion:
      "No ready document can be planned, because {0} ready documents need completing first (filter F, Only to complete).",
    .planEstimate:
      "Distances and times are estimates: straight line × {0}, 25 km/h, 8 minutes per address.",
    .planEmpty: "No ready documents to plan.",
    .planNoCouriers: "No courier on duty on {0}.",
    .planWorking: "Planning the deliveries…",
    .planAccepted: "Plan accepted: {0}; {1} couriers.",
    .planAcceptedNothing:
      "Plan accepted with no change: every document was already in its route and place.",
    .planChangeAssigned: "{0} newly assigned",
    .planChangeReassigned: "{0} moved from another courier or day",
    .planChangeReordered: "{0} reordered",
    .planPinned: "already assigned",
    .planFull: "That courier is full ({0} documents).",
    .hintPlan: "plan",
    .hintMoveStop: "other courier",
    .hintReorder: "order",
    .hintAccept: "accept plan",
    .hintDiscard: "discard",
    .actionRoute: "Route order changed",
    .correctKk: "KK number",
    .errorNotDeliveryDay:
      "{0} is assigned for {1}, not today; reassign it to today with a, then press o.",
    .errorNeedsCompletion:
      "{0} was made from a print list and its address or KK number is missing; correct them first (Enter, then e).",
    .fieldHandoverTime: "Handover time",
    .timeInvalid: "write HH:MM, or DD-MM-YYYY HH:MM",
    .timeInFuture: "that time is still to come",
    .hintConfirm: "yes, go ahead",
    .paneRequests: "Requests ({0})",
    .filterAll: "All",
    .filterPending: "Pending",
    .filterNeedsCompletion: "to complete",
    .sortAge: "age",
    .sortDesa: "desa",
    .sortDocument: "document",
    .sortState: "status",
    .titleSortedBy: "by {0}",
    .titleMarked: "{0} marked",
    .formFilter: "Filter the queue",
    .fieldStatus: "Status",
    .fieldDesa: "Desa",
    .fieldDocument: "Document",
    .fieldNeedsCompletion: "Only to complete",
    .fieldSort: "Order",
    .searchPrompt: "Search (name, NIK, phone, number): ",
    .searchNotFound: "Not in the queue; to search all: F, Status All",
    .searchNotFoundFiltered: "Not in the filtered list; F changes the filter",
    .searchHint: "n next · N previous · Esc clear",
    .hintSearch: "search",
    .hintFilter: "filter",
    .hintSort: "sort",
    .hintMark: "mark",
    .hintNew: "new",
    .hintSend: "send",
    .hintReady: "ready",
    .hintUndo: "undo",
    .hintCorrect: "correct",
    .hintHelp: "help",
    .formAssignMany: "Assign {0} documents",
    .formCancelMany: "Cancel {0} documents",
    .formUndo: "Undo \"{0}\" on {1}?",
    .formUndoBody: "The history stays; the undo is recorded as a new event.",
    .resultUndo: "{0}: \"{1}\" undone.",
    .errorNothingToUndo: "No action of this session to undo.",
    .resultBulk: "{0} of {1} done.",
    .resultBulkFailed: "{0} of {1} done; failed: {2}. The first: {3}",
    .formIntake: "New request",
    .intakeKnownResident:
      "This NIK is registered to {0}; their details are filled in below. Changing them changes that resident on all their requests.",
    .intakeKnownResidentTyped:
      "This NIK is registered to {0}. The fields below will replace that resident's details on all their requests.",
    .fieldNik: "NIK",
    .fieldName: "Name",
    .fieldKk: "KK number",
    .fieldPhone: "Phone",
    .fieldDusun: "Dusun",
    .fieldRw: "RW",
    .fieldRt: "RT",
    .fieldStreet: "Street, house no.",
    .fieldReplacement: "Replacement KTP-el",
    .fieldOldCard: "Old KTP-el taken back",
    .fieldCorrectWhat: "Correct",
    .valueYes: "yes",
    .valueNo: "no",
    .sexMale: "male",
    .sexFemale: "female",
    .nikOk: "born {0}, {1}",
    .nikUnknownRegion: "region {0} unknown, check the KTP-el",
    .nikNotDigits: "digits only",
    .nikLength: "{0} digits; a NIK has 16",
    .nikZeroRegion: "{0} code 00 does not exist",
    .nikZeroSerial: "serial 0000 does not exist",
    .nikDate: "no such date: {0}-{1}, year ..{2}",
    .regionProvince: "province",
    .regionKabupaten: "kabupaten",
    .regionKecamatan: "kecamatan",
    .kkLength: "{0} digits; a KK number has 16",
    .kkNotDigits: "a KK number has digits only",
    .phoneInvalid: "not recognised: start with 08, 62 or +62, then 8 to 12 digits",
    .phoneOk: "stored as {0}",
    .formInvalidField: "\"{0}\": {1}",
    .resultCreate: "{0} registered for {1}.",
    .errorDuplicate: "This NIK still has an open {0} request: {1}.",
    .formCorrect: "Correct {0}",
    .correctRecipient: "Recipient",
    .correctRecipientNotDelivered:
      "{0} is {1}; only a delivered request has a recipient to correct.",
    .correctAddress: "Address",
    .correctName: "Resident's name",
    .correctPhone: "Phone",
    .resultCorrect: "{0}: {1} corrected.",
    .resultSend: "{0} sent to Dukcapil.",
    .resultReady: "{0} is ready for delivery.",
    .detailRequirements: "Requirements",
    .detailRequirementsMissing: "missing: {0}",
    .detailRequirementsComplete: "complete",
    .detailHandover: "Received by",
    .detailNeedsCompletion: "To complete: created from a Dukcapil print list",
    .detailReplacement: "replacement",
    .reqAge17OrMarried: "Aged 17 or married",
    .reqKk: "Kartu Keluarga",
    .reqOldCardOrPoliceReport: "Old KTP-el, or a police report of loss (replacement)",
    .reqMarriageOrDivorceCertificate: "Marriage or divorce certificate (when that is the change)",
    .reqMovingCertificate: "Moving certificate (when moving)",
    .reqPreviousKk: "Previous KK",
    .reqBirthCertificate: "Birth certificate",
    .reqParentsKk: "Parents' KK",
    .reqParentsKtpEl: "Parents' KTP-el",
    .reqPhotoFromAge5: "Photo (from age 5)",
    .reqBirthLetter: "Birth letter (hospital, midwife or village head)",
    .reqParentsMarriageBook: "Parents' marriage book",
    .reqDeathLetter: "Death letter (doctor or village head)",
    .reqDeceasedKk: "The deceased's KK",
    .reqDeceasedKtpEl: "The deceased's KTP-el",
    .actionCorrect: "Corrected",
    .actionUndo: "Undone",
    .queueAttempts: "{0}, {1} failed",
    .detailAttemptsValue: "{0} of at most {1}",
    .errorOr: " or ",
    .headerReadOnly: "READ-ONLY",
    .formNoteForOther: "\"Note\" is required when the reason is \"Other\".",
    .formCourierLoad: "{0} assigned, {1} out",
    .eventAttempt: "attempt {0}",
    .eventOldCard: "old KTP-el taken back",
    .eventPrinted: "printed {0}",
    .eventFromPrintList: "from Dukcapil's print list",
    .eventReassigned: "previously {0}",
    .summaryPending: "Pending (ready, assigned, out)",
    .summaryDeliveredOnDay: "Delivered on the day",
    .summaryFailedOnDay: "Failed attempts on the day",
    .summaryOpenComplaints: "Open complaints",
    .summaryRequests: "Requests in all",
    .hintDetail: "detail",
    .hintAssign: "assign",
    .hintOut: "out",
    .hintDelivered: "deliver",
    .hintFailed: "failed",
    .hintComplaint: "complaint",
    .hintCancel: "cancel",
    .hintPane: "pane",
    .hintQuit: "quit",
    .hintClose: "close",
    .hintMove: "move",
    .hintField: "field",
    .hintChoose: "change choice",
    .hintSave: "save",
    .hintApply: "apply",
    .hintScroll: "scroll",
    .appTitle: "HDS · Kecamatan {0}",
    .headerTotals:
      "Ready {0} · Assigned {1} · With courier {2} · Delivered today {3} · Open complaints {4}",
    .headerTotalsShort: "Ready {0} · Assigned {1} · Out {2} · Delivered today {3} · Complaints {4}",
    .paneQueue: "Pending queue ({0})",
    .paneCouriers: "Couriers today",
    .paneMap: "Village map",
    .paneComplaints: "Complaints ({0} open)",
    .colNumber: "Number",
    .colAge: "Age",
    .colDesa: "Desa",
    .colDusun: "Dusun",
    .colDocument: "Document",
    .colResident: "Resident",
    .colState: "Status",
    .colCourier: "Courier",
    .colAssigned: "Asg",
    .colOut: "Out",
    .colDelivered: "Dlv",
    .colFailed: "Fail",
    .colName: "Name",
    .colCategory: "Category",
    .colRequest: "Request",
    .ageDays: "{0} d",
    .ageHours: "{0} h",
    .mapLegend: "pending/delivered this month",
    .mapLegendShort: "pending/delivered",
    .mapOffice: "Office",
    .queueEmpty: "No documents waiting.",
    .couriersEmpty: "No active couriers.",
    .complaintsEmpty: "No complaints.",
    .stateReceived: "Received",
    .stateInProcess: "In process",
    .stateReady: "Ready",
    .stateAssigned: "Assigned",
    .stateOutForDelivery: "With courier",
    .stateDelivered: "Delivered",
    .stateReturnedToOffice: "Returned to office",
    .stateCancelled: "Cancelled",
    .reasonNotAtHome: "Not at home",
    .reasonAddressNotFound: "Address not found",
    .reasonRefused: "Refused by the recipient",
    .reasonRecipientNotEntitled: "Recipient not entitled",
    .reasonOther: "Other",
    .recipientResident: "The resident",
    .recipientFamilyMember: "Member of the same KK",
    .recipientProxy: "Holder of a surat kuasa",
    .actionCreate: "Registered",
    .actionSendToDukcapil: "Sent to Dukcapil",
    .actionMarkReady: "Marked ready",
    .actionAssign: "Assigned",
    .actionUnassign: "Unassigned",
    .actionDispatch: "Out for delivery",
    .actionDeliver: "Delivered",
    .actionFailAttempt: "Failed attempt",
    .actionCancel: "Cancelled",
    .channelCallCentre: "Call center",
    .channelWhatsapp: "WhatsApp",
    .channelSocialMedia: "Social media",
    .channelWalkIn: "Walk-in",
    .channelLetter: "Letter",
    .channelLapor: "SP4N-LAPOR!",
    .categoryLate: "Late",
    .categoryNotReceived: "Not received",
    .categoryWrongData: "Wrong data",
    .categoryDamaged: "Damaged",
    .categoryCourierConduct: "Courier conduct",
    .categoryOther: "Other",
    .weightLight: "Light",
    .weightNormative: "Normative",
    .weightNoSupervisoryContent: "No supervisory content",
    .weightNeedsInvestigation: "Needs investigation",
    .complaintReceived: "New",
    .complaintVerified: "Verified",
    .complaintPostponed: "Postponed",
    .complaintNotOurAuthority: "Not our authority",
    .complaintArchived: "Archived",
    .complaintAssigned: "Assigned",
    .complaintInFollowUp: "In follow-up",
    .complaintResolved: "Resolved",
    .formAssign: "Assign {0}",
    .formDeliver: "Handover of {0}",
    .formFail: "Failed attempt for {0}",
    .formFailLast:
      "This is the last attempt ({0} of {1}): once saved, the document returns to the office.",
    .formCancel: "Cancel {0}",
    .formComplaint: "Complaint about {0}",
    .formRequired: "\"{0}\" is required.",
    .fieldCourier: "Courier",
    .fieldDay: "Delivery date",
    .fieldRecipientKind: "Received by",
    .fieldRecipientName: "Recipient's name",
    .fieldRelation: "Relation",
    .fieldReason: "Reason",
    .fieldNote: "Note",
    .fieldChannel: "Channel",
    .fieldLaporNumber: "LAPOR! number",
    .fieldCategory: "Category",
    .fieldWeight: "Weight",
    .fieldComplainant: "Complainant",
    .fieldDescription: "Description",
    .dayToday: "today",
    .dayTomorrow: "tomorrow",
    .resultAssign: "{0} assigned to {1} for {2}.",
    .resultUnassign: "{0} unassigned.",
    .resultDispatch: "{0} is out for delivery.",
    .resultDeliver: "{0} received by {1}.",
    .resultFail: "{0}: failed attempt ({1}), attempt {2}.",
    .resultFailReturned:
      "{0}: failed attempt ({1}); {2} attempts made, the document returns to the office.",
    .resultCancel: "{0} cancelled.",
    .resultComplaint: "Complaint #{0} logged.",
    .errorIllegal: "{0} is {1}; \"{2}\" is only for {3}.",
    .errorMissingField: "{0}: \"{1}\" is required.",
    .errorConflict: "{0} was just changed by another user and is now {1}.",
    .errorReadOnly: "Read-only: changes are not allowed.",
    .errorStore: "Failed: {0}",
    .errorNoSelection: "Select a document first.",
    .errorNoCourier: "No active courier; add one with: hds courier add",
    .errorLoad: "Could not read the data: {0}",
    .detailRequest: "Details of {0}",
    .detailComplaint: "Complaint #{0}",
    .detailCourier: "Courier {0}",
    .detailDesa: "Desa {0}",
    .detailResident: "Resident",
    .detailNik: "NIK",
    .detailKk: "KK number",
    .detailPhone: "Phone",
    .detailAddress: "Address",
    .detailDocument: "Document",
    .detailState: "Status",
    .detailAttempts: "Failed attempts",
    .detailCourierName: "Courier",
    .detailDeliveryDay: "Delivery date",
    .detailReceived: "Applied",
    .detailHistory: "History",
    .detailComplaints: "Linked complaints",
    .detailChannel: "Channel",
    .detailCategory: "Category",
    .detailWeight: "Weight",
    .detailDeadline: "Deadline",
    .detailDescription: "Description",
    .detailLinkedRequest: "Request",
    .detailVehicle: "Vehicle",
    .detailHomeDesa: "Home desa",
    .detailCapacity: "Daily capacity",
    .detailToday: "Today",
    .detailTodayCounts: "assigned {0}, out {1}, delivered {2}, failed {3}",
    .detailCode: "Kemendagri code",
    .detailPopulation: "Residents (2017)",
    .detailFamilies: "Families (KK)",
    .detailDistance: "Distance to office",
    .detailDistanceValue: "{0} km straight line",
    .detailDusun: "Dusun",
    .detailPending: "Pending",
    .detailDeliveredMonth: "Delivered this month",
    .detailNone: "—",
    .detailOverdue: "{0} d overdue",
    .detailDaysLeft: "{0} d left",
    .loading: "Loading…",
    .screenTooSmall: "Terminal too small: needs {0}x{1}, now {2}x{3}.",
    .planRoadFile:
      "Distances from road-distances.csv; times are estimates: 25 km/h, 8 minutes per address.",
    .planRoadFileMixed:
      "Distances: {0} of {1} legs from road-distances.csv, the rest straight line × {2}; times are estimates.",
    .planRoadFileInvalid: "No plan made: road-distances.csv is invalid. {1} (problems in all: {0})",
  ]
}

extension MessageKey {
  /// Every Indonesian text: the general table and one table per feature.
  static let indonesian = merged(
    generalIndonesian, complaintsIndonesian, surveyIndonesian, mapIndonesian,
    summaryIndonesian, storageIndonesian, concurrencyIndonesian, accessIndonesian,
    themesIndonesian, helpIndonesian, serverIndonesian, kabupatenIndonesian, importIndonesian)

  /// Every English text, from the same tables as `indonesian`.
  static let english = merged(
    generalEnglish, complaintsEnglish, surveyEnglish, mapEnglish, summaryEnglish,
    storageEnglish, concurrencyEnglish, accessEnglish, themesEnglish, helpEnglish,
    serverEnglish, kabupatenEnglish, importEnglish)

  /// Joins tables that must not share a key. A key in two tables stops the program at its
  /// first lookup, and the catalog tests make that lookup happen in CI.
  private static func merged(_ tables: [MessageKey: String]...) -> [MessageKey: String] {
    tables.reduce(into: [:]) { result, table in
      result.merge(table) { _, _ in preconditionFailure("a message key is in two tables") }
    }
  }
}
