using System.Collections.Generic;
using System.Linq;
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
        if (SelfAssessmentRecognizer.Recognizes(lines))
        {
            SelfAssessmentReport report = SelfAssessmentRecognizer.Recognize(lines, layout.Origin, options.Frameworks, notes);
            documents.Add(new ImportedDocument(DocumentKind.SelfAssessment, report, lines[0].Source));
        }
        return (documents, notes);
    }
}
