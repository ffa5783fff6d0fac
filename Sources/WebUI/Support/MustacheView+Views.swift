// The views the templates render, each read through its field index (``MustacheView``). A view left out here is
// still rendered, through `Mirror`, only more slowly.

extension LayoutView: MustacheView {}
extension ErrorView: MustacheView {}
extension TypedText.Field: MustacheView {}
extension LoginView: MustacheView {}
extension PageWords: MustacheView {}
extension LayoutWords: MustacheView {}
extension LoginWords: MustacheView {}
extension OverviewWords: MustacheView {}
extension RevisionWords: MustacheView {}
extension HistoryWords: MustacheView {}
extension AuditWords: MustacheView {}

extension OverviewView: MustacheView {}
extension OverviewView.Row: MustacheView {}
extension OverviewView.Option: MustacheView {}
extension OverviewView.Headers: MustacheView {}
extension OverviewView.Header: MustacheView {}
extension BatchView: MustacheView {}
extension BatchView.Row: MustacheView {}
extension BoardUploadView: MustacheView {}
extension BoardUploadView.Option: MustacheView {}

extension ReportPageView: MustacheView {}
extension RevisionView: MustacheView {}
extension MarkView: MustacheView {}
extension MarkFormsView: MustacheView {}
extension DocumentView: MustacheView {}
extension DocumentView.BlockView: MustacheView {}
extension DocumentView.SectionView: MustacheView {}
extension TableView: MustacheView {}
extension TableView.HeaderCell: MustacheView {}
extension TableView.HeaderRow: MustacheView {}
extension TableView.CellView: MustacheView {}
extension TableView.RowView: MustacheView {}
extension TableView.Band: MustacheView {}
extension FindingView: MustacheView {}
extension FindingMarker: MustacheView {}
extension FindingView.Dismissal: MustacheView {}
extension OriginalLinkView: MustacheView {}
extension CarriedOverView: MustacheView {}
extension WorkflowView: MustacheView {}
extension WorkflowView.Step: MustacheView {}
extension NoteView: MustacheView {}
extension CommentsView: MustacheView {}
extension CommentsView.Thread: MustacheView {}
extension CommentsView.Option: MustacheView {}
extension FindingView.Decision: MustacheView {}
extension FindingView.DecideForm: MustacheView {}
extension UploadFormView: MustacheView {}
extension PublishedUpload: MustacheView {}
extension UploadNoticeView: MustacheView {}
extension RestoreNoticeView: MustacheView {}
extension ConfirmPublishView: MustacheView {}

extension HistoryView: MustacheView {}
extension HistoryView.Row: MustacheView {}
extension HistoryView.RefLabel: MustacheView {}
extension HistoryView.RevisionLink: MustacheView {}
extension DiffView: MustacheView {}
extension DiffView.Side: MustacheView {}
extension RedlinePageView: MustacheView {}
extension RedlineView: MustacheView {}
extension RedlineView.Piece: MustacheView {}
extension RedlineView.Block: MustacheView {}
extension RedlineView.Section: MustacheView {}
extension ConflictView: MustacheView {}
extension ConflictView.Choice: MustacheView {}
extension ConflictView.Kept: MustacheView {}

extension AuditView: MustacheView {}
extension AuditView.Row: MustacheView {}
extension PeopleView: MustacheView {}
extension PeopleView.Row: MustacheView {}
extension PeopleView.Role: MustacheView {}
extension PeopleView.Notice: MustacheView {}
