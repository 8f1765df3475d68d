using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.SelfAssessment;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Recognition;

/// <summary>Finds the documents in a layout and hands each to its recogniser.</summary>
internal static class DocumentRecognizer
{
    internal static (List<ImportedDocument> Documents, Notes Notes) Recognize(LayoutDocument layout, ImportOptions options)
    {
        var notes = new Notes();
        var documents = new List<ImportedDocument>();
        List<FlowLine> lines = FlowLine.Of(layout);
        if (lines.Count == 0)
        {
            return (documents, notes);
        }
        if (SelfAssessmentRecognizer.Recognizes(lines))
        {
            SelfAssessmentReport report = SelfAssessmentRecognizer.Recognize(lines, layout.Origin, options.Frameworks, notes);
            documents.Add(new ImportedDocument(DocumentKind.SelfAssessment, report, lines[0].Source));
            return (documents, notes);
        }
        var reports = new List<(ReportRecognizer.Part Part, int Index)>();
        foreach (Segment segment in Segments.Find(lines))
        {
            SourceLocation start = lines[segment.Start].Source;
            switch (segment.Kind)
            {
                case DocumentKind.Plan:
                    ImprovementPlan? plan = PlanRecognizer.Recognize(lines, segment, layout.Origin, options, notes);
                    if (plan is not null)
                    {
                        documents.Add(new ImportedDocument(DocumentKind.Plan, plan, start));
                    }
                    break;
                case DocumentKind.Report:
                    ReportRecognizer.Part part = ReportRecognizer.Recognize(lines, segment, layout.Origin, options, notes);
                    reports.Add((part, documents.Count));
                    documents.Add(new ImportedDocument(DocumentKind.Report, part.Report, start));
                    break;
                case DocumentKind.SupervisionDecision:
                    documents.Add(new ImportedDocument(DocumentKind.SupervisionDecision, SupervisionRecognizer.RecognizeDecision(lines, segment, notes), start));
                    break;
                case DocumentKind.SupervisionMinutes:
                    documents.Add(new ImportedDocument(DocumentKind.SupervisionMinutes, SupervisionRecognizer.RecognizeMinutes(lines, segment, notes), start));
                    break;
            }
        }
        // A results table "attached to report no. X" joins report X when the file holds it.
        foreach ((ReportRecognizer.Part attached, int index) in reports.Where(r => r.Part.AttachedTo is not null).ToList())
        {
            var target = reports.FirstOrDefault(r => r.Part != attached && r.Part.Report.Reference.HasNumber
                && Canonical(r.Part.Report.Reference.DisplayNumber) == Canonical(attached.AttachedTo!));
            if (target.Part is null)
            {
                continue;
            }
            ImplementationReport merged = ReportRecognizer.Merge(target.Part.Report, attached.Report);
            int at = documents.FindIndex(d => ReferenceEquals(d.Value, target.Part.Report));
            documents[at] = new ImportedDocument(DocumentKind.Report, merged, documents[at].Start);
            documents.RemoveAll(d => ReferenceEquals(d.Value, attached.Report));
            notes.Read("IMP420", attached.Start, $"Bảng kết quả đính kèm được ghép vào báo cáo số {attached.AttachedTo}", $"The attached results table joins report {attached.AttachedTo}");
        }
        foreach (ImportedDocument d in documents.Where(d => d.Value is ImplementationReport { Groups.Count: 0 }))
        {
            notes.Unread("IMP402", d.Start, "Báo cáo không có bảng kết quả thực hiện (trong văn bản hay đính kèm trong tệp)",
                "The report has no results table (in its text or attached in the file)");
        }
        return (documents, notes);
    }

    private static string Canonical(string number) => new(number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
