using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Rules;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>
/// Generates docs/rules.md from the rules themselves: code, name, severity, description, legal basis and message come from
/// each rule's <see cref="RuleInfo"/>; the example is what the checker reports on the corpus documents, or, for a mistake the
/// corpus does not contain, the constructed case below.
/// </summary>
public static class RulesDocument
{
    /// <summary>The sections, by code prefix, in order; a prefix not listed goes under "Other rules".</summary>
    private static readonly (string Prefix, string Title)[] Sections =
    {
        ("CT", "Catalog and structure"), ("LV", "Levels"), ("KH", "Plan"), ("BC", "Report"), ("GS", "Supervision"), ("VB", "Documents"), ("TD", "Self-assessment report"),
    };

    /// <summary>For each rule whose mistake the corpus does not contain, the case its example describes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Constructed = new Dictionary<string, string>
    {
        ["CT001"] = "a plan row \"Tiêu chí 1.15\" (TT 18 has 1.1 to 1.10).",
        ["CT002"] = "\"Tiêu chí 2.1\" listed under the heading \"Tiêu chuẩn 1: Tổ chức và quản lý nhà trường\".",
        ["CT005"] = "a row written \"Tiêu chuẩn 3.3\" where criterion 3.3 is meant.",
        ["CT008"] = "a row whose criterion cell reads \"(chưa ghi)\".",
        ["CT009"] = "a heading \"Tiêu chuẩn 6: Chuyển đổi số\" in a TT 18 plan.",
        ["LV001"] = "a self-assessment row marked under Mức 1 and Mức 3 but not Mức 2.",
        ["LV002"] = "criterion 1.2 (highest level Mức 2) with target \"Mức 3\".",
        ["LV003"] = "a criterion at Mức 2 whose item targets Mức 1.",
        ["LV005"] = "a school aiming at Mức 3 whose self-assessment shows 3.2 at Mức 1, with no item for 3.2.",
        ["KH001"] = "an item with a target result and a lead but an empty task cell.",
        ["KH002"] = "a task whose \"Chủ trì và phối hợp\" cell is empty.",
        ["KH003"] = "an item whose \"Kết quả cần đạt\" cell reads \"Không\".",
        ["KH004"] = "a task with an empty \"Thời gian\" cell.",
        ["KH005"] = "a timeframe \"khi nào xong\".",
        ["KH006"] = "a timeframe \"từ tháng 4/2024 đến tháng 10/2023\".",
        ["KH007"] = "a 2023-2024 plan task timed \"tháng 9/2025\".",
        ["KH008"] = "a 2023-2024 plan dated 25/9/2023, after the 5/9/2023 opening.",
        ["KH009"] = "a 2023-2024 plan dated in 2021.",
        ["KH010"] = "a 2023-2024 task that says \"Năm học 2021 - 2022, tiếp tục …\".",
        ["KH012"] = "a budget cell \"-5.000.000 đồng\" or \"khoảng vài triệu\".",
        ["KH013"] = "a 2026-2027 plan bound to TT 18, which ends on 6/7/2026.",
        ["BC002"] = "a report citing \"Kế hoạch số 999/KH-TTT\" for plan 100/KH-TTT.",
        ["BC004"] = "a plan item for 3.6 with no row in the report.",
        ["BC005"] = "a report row for 1.2 that the plan does not have and that no adjustment adds.",
        ["BC006"] = "a row whose three outcome cells are empty or \"Không\".",
        ["BC007"] = "a row marked late with no \"lý do chậm tiến độ\".",
        ["BC008"] = "a not-started cell \"Mua sắm máy tính\" with no reason.",
        ["BC011"] = "a report of 30/5/2024 saying work was done on 4/6/2024.",
        ["BC012"] = "a report dated before the plan it reports on.",
        ["BC013"] = "a 2023-2024 report dated in December 2023, before semester I ends.",
        ["GS001"] = "a decision naming two \"Tổ trưởng\", or none.",
        ["GS004"] = "minutes of 10/1/2024 for a team set up on 20/1/2024.",
        ["GS005"] = "minutes of a 2023-2024 plan dated 5/8/2024.",
        ["GS006"] = "minutes whose attendees do not include the team leader.",
        // The self-assessment rules: the corpus report (self-assessment-2020-2021-thpt) is imported by CaiTien.Import and its
        // findings are judged in docs/accuracy.md; the domain tests build the cases below.
        ["TD001"] = "criterion 1.2 (highest level Mức 2) self-assessed \"Đạt mức 3\".",
        ["TD002"] = "a criterion self-assessed at Mức 2 whose \"Mô tả hiện trạng\" has no \"Mức 2\" part.",
        ["TD003"] = "a Mức 1 description that writes a) and b) of 1.1 but not c).",
        ["TD004"] = "a criterion at Mức 2 whose Mức 1 description says \"sách tham khảo vẫn còn thiếu so với quy định\" (as the corpus report's 3.6 does).",
        ["TD005"] = "criterion 2.2 with weaknesses and an empty \"Kế hoạch cải tiến chất lượng\".",
        ["TD006"] = "a citation \"[H3-3.102]\" as written in a report (the corpus PDF export breaks codes this way; the importer repairs those, with a note).",
        ["TD007"] = "\"[H4-4.1-05]\" cited under 4.2 and never under 4.1 (the corpus report's first version; the revision cites it under 4.1).",
        ["TD008"] = "criterion 3.1's evidence cited as 01, 03, 04 with 02 missing.",
        ["TD009"] = "\"[H1-1.3-08]; [H1-1.3-07]\" in that order (the corpus report's 1.3).",
        ["TD010"] = "a summary table marking 4.1 at Mức 3 while its section says \"Đạt mức 2\".",
        ["TD011"] = "a conclusion \"Mức 3 … đạt: 12/20\" where the criteria give 10/20 (the corpus report's first version).",
        ["TD012"] = "a summary \"Kết quả: Đạt mức 3\" for a school whose criteria reach only Mức 2.",
        ["TD013"] = "a school at Mức 2 asking for \"kiểm định chất lượng giáo dục Cấp độ: 4\" (the corpus report's first version).",
        ["TD014"] = "a Mức 4 table marking khoản 03 Đạt while its section says \"Không đạt\".",
        ["TD015"] = "a plan's self-assessment table marking 5.2 at Mức 3 where the report says Mức 2.",
    };

    /// <summary>The corpus checks, in the order examples are taken from: each document's findings in canonical order.</summary>
    private static IEnumerable<(string Document, CheckResult Result)> CorpusChecks()
    {
        var checker = new ConsistencyChecker();
        yield return ("plan-2021-2022-thcs.txt", checker.CheckPlan(CorpusDocuments.Plan2021()));
        yield return ("report-2021-2022-thcs.txt", checker.CheckReport(CorpusDocuments.Report2021(), null, KnownFrameworks.Tt18));
        yield return ("plan-supervision-report-2023-2024-thcs.txt (plan 100/KH-TTT)", checker.CheckPlan(CorpusDocuments.Plan2023()));
        yield return ("plan-supervision-report-2023-2024-thcs.txt (report 106/BC-TTT)",
            checker.CheckReport(CorpusDocuments.Report2023(), CorpusDocuments.Plan2023()));
        yield return ("plan-supervision-report-2023-2024-thcs.txt (decision and minutes)",
            checker.CheckSupervision(CorpusDocuments.Plan2023(), CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() }));
    }

    /// <summary>The text docs/rules.md must have.</summary>
    public static string Generate()
    {
        var examples = new Dictionary<string, (string Document, Finding Finding)>();
        foreach (var (document, result) in CorpusChecks())
        {
            foreach (Finding f in result.Findings)
            {
                examples.TryAdd(f.Code, (document, f));
            }
        }
        var text = new StringBuilder();
        text.Append("# The consistency rules\n\n");
        text.Append("Every rule the checker runs (`ConsistencyChecker.BuiltInRules`), by code. Codes and names are stable once published. ");
        text.Append("Severities are the defaults; `CheckOptions` can override them or run a subset.\n");
        text.Append("Each finding carries the code, the rule's name, the severity, a path into the document (`Groups[4].Rows[0].InProgress`), ");
        text.Append("the criterion when there is one, the message in Vietnamese and English, and every value in the message as a named argument ");
        text.Append("(values only: the prose is in the template; `{name, select, …}` picks a wording by a value).\n\n");
        text.Append("Examples marked **corpus** are what the checker reports on the real documents in `shared/corpus/` (fixtures in ");
        text.Append("`tests/CaiTien.Domain.Tests/Rules/CorpusDocuments.cs`). Where the corpus has no instance of a mistake, the example is ");
        text.Append("**constructed** and says so.\n\n");
        text.Append("This file is generated from the rules by `tests/CaiTien.Domain.Tests/Rules/RulesDocument.cs`; a test fails when it is stale ");
        text.Append("and writes the fresh text beside the test run for you to copy here. Do not edit it by hand.\n");
        IReadOnlyList<RuleInfo> rules = ConsistencyChecker.BuiltInRules;
        var sections = Sections.Select(s => (s.Title, Rules: rules.Where(r => r.Code.StartsWith(s.Prefix, StringComparison.Ordinal)).ToList()))
            .Append((Title: "Other rules", Rules: rules.Where(r => !Sections.Any(s => r.Code.StartsWith(s.Prefix, StringComparison.Ordinal))).ToList()));
        foreach (var (title, inSection) in sections.Where(s => s.Rules.Count > 0))
        {
            text.Append($"\n## {title}\n");
            foreach (RuleInfo rule in inSection)
            {
                text.Append($"\n### {rule.Code} {rule.Name} ({rule.Severity.ToString().ToLowerInvariant()})\n\n");
                text.Append($"- Checks, and why: {rule.Description.Vietnamese} — {rule.Description.English}\n");
                if (rule.Basis.Length > 0)
                {
                    text.Append($"- Legal basis: {rule.Basis}\n");
                }
                text.Append($"- Message: «{rule.Message.Vietnamese}» / «{rule.Message.English}»\n");
                if (examples.TryGetValue(rule.Code, out var example))
                {
                    text.Append($"- Example (**corpus**, {example.Document}, `{example.Finding.Path}`): «{example.Finding.Message.Vietnamese}»\n");
                }
                else if (Constructed.TryGetValue(rule.Code, out string? constructed))
                {
                    text.Append($"- Example (**constructed**, not in the corpus): {constructed}\n");
                }
                else
                {
                    throw new InvalidOperationException($"Rule {rule.Code} has no example: the corpus shows none, so add a constructed case to RulesDocument.Constructed.");
                }
            }
        }
        return text.ToString();
    }
}
