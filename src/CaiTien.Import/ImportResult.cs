using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.SelfAssessment;
using CaiTien.Domain.Supervision;
using CaiTien.Import.Layout;

namespace CaiTien.Import;

/// <summary>The kinds of document recognised.</summary>
public enum DocumentKind
{
    /// <summary>Not used.</summary>
    Unspecified = 0,

    /// <summary>An improvement plan (kế hoạch cải tiến chất lượng): <see cref="ImprovementPlan"/>.</summary>
    Plan = 1,

    /// <summary>A report on a plan's results (báo cáo kết quả thực hiện): <see cref="ImplementationReport"/>.</summary>
    Report = 2,

    /// <summary>The decision setting up the supervision team (quyết định thành lập tổ giám sát): <see cref="SupervisionTeam"/>.</summary>
    SupervisionDecision = 3,

    /// <summary>The supervision minutes (biên bản giám sát): <see cref="Domain.Supervision.SupervisionMinutes"/>.</summary>
    SupervisionMinutes = 4,

    /// <summary>A self-assessment report (báo cáo tự đánh giá): <see cref="SelfAssessmentReport"/>.</summary>
    SelfAssessment = 5,
}

/// <summary>One document found in a file: its kind, the domain value, and where it starts.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ImportedDocument
{
    internal ImportedDocument(DocumentKind kind, object value, SourceLocation start)
    {
        Kind = kind;
        Value = value;
        Start = start;
    }

    /// <summary>The kind.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The domain value: an <see cref="ImprovementPlan"/>, <see cref="ImplementationReport"/>, <see cref="SupervisionTeam"/>,
    /// <see cref="Domain.Supervision.SupervisionMinutes"/> or <see cref="SelfAssessmentReport"/>, as <see cref="Kind"/> says.</summary>
    public object Value { get; }

    /// <summary>Where in the file the document starts.</summary>
    public SourceLocation Start { get; }
}

/// <summary>
/// The result of importing a file: the documents it holds (a school often keeps a plan, the supervision decision and
/// minutes, and the report in one file) and the notes that locate every reading; or a failure saying why the file cannot
/// be read.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ImportResult
{
    internal ImportResult(LayoutDocument? layout, IEnumerable<ImportedDocument> documents, IEnumerable<ImportNote> notes, ImportFailure? failure)
    {
        Layout = layout;
        Documents = documents.ToList().AsReadOnly();
        Notes = notes.ToList().AsReadOnly();
        Failure = failure;
    }

    /// <summary>Whether at least one document was recognised.</summary>
    public bool Success => Failure is null;

    /// <summary>Why nothing could be imported, or <c>null</c>.</summary>
    public ImportFailure? Failure { get; }

    /// <summary>The documents found, in file order.</summary>
    public IReadOnlyList<ImportedDocument> Documents { get; }

    /// <summary>The notes: what was read where, what was inferred, what could not be read or placed.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    /// <summary>The layout read from the file, or <c>null</c> when it could not be read.</summary>
    public LayoutDocument? Layout { get; }

    /// <summary>The plans found.</summary>
    public IEnumerable<ImprovementPlan> Plans => Documents.Select(d => d.Value).OfType<ImprovementPlan>();

    /// <summary>The reports found.</summary>
    public IEnumerable<ImplementationReport> Reports => Documents.Select(d => d.Value).OfType<ImplementationReport>();

    /// <summary>The supervision teams found (from their decisions).</summary>
    public IEnumerable<SupervisionTeam> SupervisionTeams => Documents.Select(d => d.Value).OfType<SupervisionTeam>();

    /// <summary>The supervision minutes found.</summary>
    public IEnumerable<SupervisionMinutes> SupervisionMinutes => Documents.Select(d => d.Value).OfType<SupervisionMinutes>();

    /// <summary>The self-assessment reports found.</summary>
    public IEnumerable<SelfAssessmentReport> SelfAssessments => Documents.Select(d => d.Value).OfType<SelfAssessmentReport>();

    /// <summary>The notes of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The notes.</returns>
    public IEnumerable<ImportNote> NotesOf(NoteKind kind) => Notes.Where(n => n.Kind == kind);
}
