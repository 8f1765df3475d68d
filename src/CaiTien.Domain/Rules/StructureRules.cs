using System.Collections.Generic;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Rules;

/// <summary>CT001: a row names a criterion the framework does not have.</summary>
internal sealed class UnknownCriterionRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT001", "UnknownCriterion", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} không có trong {framework}.", "Criterion {criterion} is not in {framework}."),
        new BilingualText("Mỗi dòng phải là một tiêu chí của bộ tiêu chuẩn mà văn bản áp dụng.", "Every row must be a criterion of the framework the document applies."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Row r in context.Rows)
        {
            if (r.Reading.Success && context.Framework.FindCriterion(r.Reading.Value) is null)
            {
                found.Add(r.Path + ".Criterion", r.Reading.Value, ("framework", context.Framework.LegalDocument), ("written", r.CriterionText));
            }
        }
    }
}

/// <summary>CT002: a criterion placed under another standard's heading.</summary>
internal sealed class CriterionUnderWrongStandardRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT002", "CriterionUnderWrongStandard", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} thuộc Tiêu chuẩn {standard} nhưng nằm dưới Tiêu chuẩn {heading}.",
            "Criterion {criterion} belongs to standard {standard} but is placed under standard {heading}."),
        new BilingualText("Tiêu chí phải nằm dưới tiêu chuẩn của nó.", "A criterion must sit under its own standard."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Row r in context.Rows)
        {
            if (r.Heading.Text.Number is { } heading && r.Reading.Success && r.Reading.Value.Standard != heading)
            {
                found.Add(r.Path + ".Criterion", r.Reading.Value, ("standard", r.Reading.Value.Standard), ("heading", heading));
            }
        }
    }
}

/// <summary>CT003: a standard heading whose title differs from the framework's.</summary>
internal sealed class StandardTitleMismatchRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT003", "StandardTitleMismatch", Severity.Warning,
        new MessageTemplate("Tên Tiêu chuẩn {standard} ghi là \"{written}\"; theo {framework} phải là \"{expected}\".",
            "Standard {standard} is titled \"{written}\"; {framework} titles it \"{expected}\"."),
        new BilingualText("Tên tiêu chuẩn phải đúng với văn bản quy định (không dùng tên của thông tư khác).",
            "Standard titles must be the regulation's own (not another circular's)."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Heading g in context.Headings)
        {
            if (g.Text.Number is { } n && context.Framework.FindStandard(n) is { } standard && g.Text.Title.Length > 0
                && !g.Text.TitleMatches(standard.Title))
            {
                found.Add(g.Path + ".Heading", null, ("standard", n), ("written", g.Text.Title), ("expected", standard.Title),
                    ("framework", context.Framework.LegalDocument));
            }
        }
    }
}

/// <summary>CT009: a heading names a standard the framework does not have.</summary>
internal sealed class UnknownStandardRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT009", "UnknownStandard", Severity.Error,
        new MessageTemplate("Tiêu chuẩn {standard} không có trong {framework}.", "Standard {standard} is not in {framework}."),
        new BilingualText("Mỗi tiêu đề phải là một tiêu chuẩn của bộ tiêu chuẩn áp dụng.", "Every heading must be a standard of the framework."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Heading g in context.Headings)
        {
            if (g.Text.Number is { } n && context.Framework.FindStandard(n) is null)
            {
                found.Add(g.Path + ".Heading", null, ("standard", n), ("framework", context.Framework.LegalDocument));
            }
        }
    }
}

/// <summary>CT004: two heading rows carry the same number in the TT column.</summary>
internal sealed class DuplicateRowNumberRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT004", "DuplicateRowNumber", Severity.Error,
        new MessageTemplate("Số thứ tự {number} bị lặp: dòng \"{first}\" và dòng \"{second}\".",
            "Row number {number} is used twice: \"{first}\" and \"{second}\"."),
        new BilingualText("Số thứ tự trong bảng không được trùng.", "Row numbers in a table must be distinct."));

    public void Check(DocumentTable context, FindingSink found)
    {
        var seen = new Dictionary<string, DocumentTable.Heading>();
        foreach (DocumentTable.Heading g in context.Headings)
        {
            if (g.RowNumber.Length == 0)
            {
                continue;
            }
            if (seen.TryGetValue(g.RowNumber, out DocumentTable.Heading? first))
            {
                found.Add(g.Path + ".RowNumber", null, ("number", g.RowNumber), ("first", first.Text.Text), ("second", g.Text.Text));
            }
            else
            {
                seen.Add(g.RowNumber, g);
            }
        }
    }
}

/// <summary>CT005: a criterion labelled as a standard ("Tiêu chuẩn 3.3").</summary>
internal sealed class CriterionLabelledAsStandardRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT005", "CriterionLabelledAsStandard", Severity.Warning,
        new MessageTemplate("\"{written}\" ghi là tiêu chuẩn nhưng là tiêu chí {criterion}.", "\"{written}\" is labelled a standard but is criterion {criterion}."),
        new BilingualText("Tiêu chí ghi là \"Tiêu chí s.n\", tiêu chuẩn chỉ có một số.", "A criterion is written \"Tiêu chí s.n\"; a standard has a single number."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Row r in context.Rows)
        {
            if (r.Reading.Success && CriterionId.IsLabelledAsStandard(r.CriterionText))
            {
                found.Add(r.Path + ".Criterion", r.Reading.Value, ("written", r.CriterionText));
            }
        }
    }
}

/// <summary>CT006: a criterion written in a variant notation ("2. 4") that was read with normalisation.</summary>
internal sealed class CriterionNotationRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT006", "CriterionNotation", Severity.Info,
        new MessageTemplate("\"{written}\" được đọc là tiêu chí {criterion}; nên ghi \"Tiêu chí {criterion}\".",
            "\"{written}\" was read as criterion {criterion}; write \"Tiêu chí {criterion}\"."),
        new BilingualText("Cách ghi tiêu chí thống nhất giúp đối chiếu kế hoạch và báo cáo.", "One notation for criteria lets plans and reports be matched."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Row r in context.Rows)
        {
            if (r.Reading.Success && r.Reading.Notes.Count > 0 && !CriterionId.IsLabelledAsStandard(r.CriterionText))
            {
                found.Add(r.Path + ".Criterion", r.Reading.Value, ("written", r.CriterionText));
            }
        }
    }
}

/// <summary>CT008: a row whose criterion cannot be read at all.</summary>
internal sealed class UnreadableCriterionRule : IRule<DocumentTable>
{
    public RuleInfo Info { get; } = new("CT008", "UnreadableCriterion", Severity.Error,
        new MessageTemplate("Không đọc được tiêu chí \"{written}\".", "Cannot read criterion \"{written}\"."),
        new BilingualText("Mỗi dòng phải ghi rõ tiêu chí.", "Every row must name its criterion."));

    public void Check(DocumentTable context, FindingSink found)
    {
        foreach (DocumentTable.Row r in context.Rows)
        {
            if (!r.Reading.Success)
            {
                found.Add(r.Path + ".Criterion", null, ("written", r.CriterionText));
            }
        }
    }
}

/// <summary>VB001: a document without its number ("Số: /BC-…").</summary>
internal sealed class MissingDocumentNumberRule : IRule<CitedDocuments>
{
    public RuleInfo Info { get; } = new("VB001", "MissingDocumentNumber", Severity.Warning,
        new MessageTemplate(
            "Thiếu số văn bản của {document, select, plan {kế hoạch} report {báo cáo} other {quyết định thành lập tổ giám sát}}{written, select, none {} other { (\"{written}\")}}.",
            "The {document, select, plan {plan} report {report} other {decision setting up the supervision team}} has no document number{written, select, none {} other { (\"{written}\")}}."),
        new BilingualText("Văn bản hành chính phải có số để được trích dẫn.", "An administrative document needs a number to be cited."));

    public void Check(CitedDocuments context, FindingSink found)
    {
        foreach (var (path, kind, reference) in context.Documents)
        {
            if (!reference.HasNumber)
            {
                found.Add(path + ".Number", null, ("document", DocumentKindText(kind)), ("written", reference.Number));
            }
        }
    }

    internal static string DocumentKindText(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "plan",
        DocumentKind.Report => "report",
        _ => "decision",
    };
}

/// <summary>VB002: a document without its date.</summary>
internal sealed class MissingDocumentDateRule : IRule<CitedDocuments>
{
    public RuleInfo Info { get; } = new("VB002", "MissingDocumentDate", Severity.Warning,
        new MessageTemplate(
            "Thiếu ngày ban hành của {document, select, plan {kế hoạch} report {báo cáo} other {quyết định thành lập tổ giám sát}}.",
            "The {document, select, plan {plan} report {report} other {decision setting up the supervision team}} has no date."),
        new BilingualText("Văn bản phải ghi đủ ngày, tháng, năm ban hành.", "A document must state its full date."));

    public void Check(CitedDocuments context, FindingSink found)
    {
        foreach (var (path, kind, reference) in context.Documents)
        {
            if (reference.Date is null)
            {
                found.Add(path + ".Date", null, ("document", MissingDocumentNumberRule.DocumentKindText(kind)));
            }
        }
    }
}
