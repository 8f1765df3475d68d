using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Rules;

/// <summary>CT001: a row names a criterion the framework does not have.</summary>
public sealed class UnknownCriterionRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public UnknownCriterionRule()
        : base("CT001", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} không có trong {framework}.", "Criterion {criterion} is not in {framework}."),
            new BilingualText("Mỗi dòng phải là một tiêu chí của bộ tiêu chuẩn mà văn bản áp dụng.", "Every row must be a criterion of the framework the document applies."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
        => from g in context.Groups
           from r in g.Rows
           where r.Reading.Success && context.Framework.FindCriterion(r.Reading.Value) is null
           select Found(r.Path + ".Criterion", r.Reading.Value, ("framework", context.Framework.LegalDocument), ("written", r.CriterionText));
}

/// <summary>CT002: a criterion placed under another standard's heading.</summary>
public sealed class CriterionUnderWrongStandardRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public CriterionUnderWrongStandardRule()
        : base("CT002", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} thuộc Tiêu chuẩn {standard} nhưng nằm dưới Tiêu chuẩn {heading}.",
                "Criterion {criterion} belongs to standard {standard} but is placed under standard {heading}."),
            new BilingualText("Tiêu chí phải nằm dưới tiêu chuẩn của nó.", "A criterion must sit under its own standard."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
        => from g in context.Groups
           where g.Heading.Number is not null
           from r in g.Rows
           where r.Reading.Success && r.Reading.Value.Standard != g.Heading.Number!.Value
           select Found(r.Path + ".Criterion", r.Reading.Value, ("standard", r.Reading.Value.Standard), ("heading", g.Heading.Number!.Value));
}

/// <summary>CT003: a standard heading whose title differs from the framework's.</summary>
public sealed class StandardTitleMismatchRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public StandardTitleMismatchRule()
        : base("CT003", Severity.Warning,
            new MessageTemplate("Tên Tiêu chuẩn {standard} ghi là \"{written}\"; theo {framework} phải là \"{expected}\".",
                "Standard {standard} is titled \"{written}\"; {framework} titles it \"{expected}\"."),
            new BilingualText("Tên tiêu chuẩn phải đúng với văn bản quy định (không dùng tên của thông tư khác).",
                "Standard titles must be the regulation's own (not another circular's)."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
    {
        foreach (TableGroup g in context.Groups)
        {
            if (g.Heading.Number is { } n && context.Framework.FindStandard(n) is { } standard && g.Heading.Title.Length > 0
                && !g.Heading.TitleMatches(standard.Title))
            {
                yield return Found(g.Path + ".Heading", null, ("standard", n), ("written", g.Heading.Title), ("expected", standard.Title),
                    ("framework", context.Framework.LegalDocument));
            }
        }
    }
}

/// <summary>CT009: a heading names a standard the framework does not have.</summary>
public sealed class UnknownStandardRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public UnknownStandardRule()
        : base("CT009", Severity.Error,
            new MessageTemplate("Tiêu chuẩn {standard} không có trong {framework}.", "Standard {standard} is not in {framework}."),
            new BilingualText("Mỗi tiêu đề phải là một tiêu chuẩn của bộ tiêu chuẩn áp dụng.", "Every heading must be a standard of the framework."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
        => from g in context.Groups
           where g.Heading.Number is { } n && context.Framework.FindStandard(n) is null
           select Found(g.Path + ".Heading", null, ("standard", g.Heading.Number!.Value), ("framework", context.Framework.LegalDocument));
}

/// <summary>CT004: two heading rows carry the same number in the TT column.</summary>
public sealed class DuplicateRowNumberRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public DuplicateRowNumberRule()
        : base("CT004", Severity.Error,
            new MessageTemplate("Số thứ tự {number} bị lặp: dòng \"{first}\" và dòng \"{second}\".",
                "Row number {number} is used twice: \"{first}\" and \"{second}\"."),
            new BilingualText("Số thứ tự trong bảng không được trùng.", "Row numbers in a table must be distinct."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
    {
        var seen = new Dictionary<string, TableGroup>();
        foreach (TableGroup g in context.Groups)
        {
            if (g.RowNumber.Length == 0)
            {
                continue;
            }
            if (seen.TryGetValue(g.RowNumber, out TableGroup? first))
            {
                yield return Found(g.Path + ".RowNumber", null, ("number", g.RowNumber), ("first", first.Heading.Text), ("second", g.Heading.Text));
            }
            else
            {
                seen.Add(g.RowNumber, g);
            }
        }
    }
}

/// <summary>CT005: a criterion labelled as a standard ("Tiêu chuẩn 3.3").</summary>
public sealed class CriterionLabelledAsStandardRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public CriterionLabelledAsStandardRule()
        : base("CT005", Severity.Warning,
            new MessageTemplate("\"{written}\" ghi là tiêu chuẩn nhưng là tiêu chí {criterion}.", "\"{written}\" is labelled a standard but is criterion {criterion}."),
            new BilingualText("Tiêu chí ghi là \"Tiêu chí s.n\", tiêu chuẩn chỉ có một số.", "A criterion is written \"Tiêu chí s.n\"; a standard has a single number."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
        => from g in context.Groups
           from r in g.Rows
           where r.Reading.Success && CriterionId.IsLabelledAsStandard(r.CriterionText)
           select Found(r.Path + ".Criterion", r.Reading.Value, ("written", r.CriterionText));
}

/// <summary>CT006: a criterion written in a variant notation ("2. 4") that was read with normalisation.</summary>
public sealed class CriterionNotationRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public CriterionNotationRule()
        : base("CT006", Severity.Info,
            new MessageTemplate("\"{written}\" được đọc là tiêu chí {criterion}; nên ghi \"Tiêu chí {criterion}\".",
                "\"{written}\" was read as criterion {criterion}; write \"Tiêu chí {criterion}\"."),
            new BilingualText("Cách ghi tiêu chí thống nhất giúp đối chiếu kế hoạch và báo cáo.", "One notation for criteria lets plans and reports be matched."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
        => from g in context.Groups
           from r in g.Rows
           where r.Reading.Success && r.Reading.Notes.Count > 0 && !CriterionId.IsLabelledAsStandard(r.CriterionText)
           select Found(r.Path + ".Criterion", r.Reading.Value, ("written", r.CriterionText));
}

/// <summary>CT008: a row whose criterion cannot be read at all.</summary>
public sealed class UnreadableCriterionRule : RuleSpecification<DocumentTable>
{
    /// <summary>Creates the rule.</summary>
    public UnreadableCriterionRule()
        : base("CT008", Severity.Error,
            new MessageTemplate("Không đọc được tiêu chí \"{written}\".", "Cannot read criterion \"{written}\"."),
            new BilingualText("Mỗi dòng phải ghi rõ tiêu chí.", "Every row must name its criterion."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(DocumentTable context)
        => from g in context.Groups
           from r in g.Rows
           where !r.Reading.Success
           select Found(r.Path + ".Criterion", null, ("written", r.CriterionText));
}

/// <summary>VB001: a document without its number ("Số: /BC-…").</summary>
public sealed class MissingDocumentNumberRule : RuleSpecification<CitedDocuments>
{
    /// <summary>Creates the rule.</summary>
    public MissingDocumentNumberRule()
        : base("VB001", Severity.Warning,
            new MessageTemplate("Thiếu số văn bản của {kind}{written}.", "The {kind} has no document number{written}."),
            new BilingualText("Văn bản hành chính phải có số để được trích dẫn.", "An administrative document needs a number to be cited."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(CitedDocuments context)
        => from d in context.Documents
           where !d.Reference.HasNumber
           select Found(d.Path + ".Number", null, ("kind", d.Kind), ("written", d.Reference.Number.Length == 0 ? string.Empty : $" (\"{d.Reference.Number}\")"));
}

/// <summary>VB002: a document without its date.</summary>
public sealed class MissingDocumentDateRule : RuleSpecification<CitedDocuments>
{
    /// <summary>Creates the rule.</summary>
    public MissingDocumentDateRule()
        : base("VB002", Severity.Warning,
            new MessageTemplate("Thiếu ngày ban hành của {kind}.", "The {kind} has no date."),
            new BilingualText("Văn bản phải ghi đủ ngày, tháng, năm ban hành.", "A document must state its full date."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(CitedDocuments context)
        => from d in context.Documents
           where d.Reference.Date is null
           select Found(d.Path + ".Date", null, ("kind", d.Kind));
}
