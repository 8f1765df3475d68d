using System;
using System.Collections.Generic;

namespace CaiTien.Import.Recognition;

/// <summary>What a column of a plan's or a report's table holds.</summary>
internal enum ColumnKind
{
    Unknown,
    Number,
    Criterion,
    CurrentLevel,
    TargetResult,
    Task,
    Lead,
    Timeframe,
    Budget,
    OtherSupport,
    Notes,
    PlanAsWritten,
    PlanAsAdjusted,
    Completed,
    InProgress,
    LateReason,
    NotStarted,
    NotStartedReason,
}

/// <summary>
/// The header words of the official plan and report forms (TT 18 guidance, Công văn 5932/BGDĐT-QLCL) and the variants
/// schools write, tested with negative cases. Tried in order: a header that names two things ("Kết quả cần đạt (so với
/// hiện trạng)", "đang triển khai … (lý do chậm tiến độ)") is what its first words say.
/// </summary>
internal static class Columns
{
    // Specific phrases name a column by themselves; generic words ("công việc", "tiêu chí") only when nothing specific does:
    // "Những công việc đã triển khai xong" is the completed work, not a task.
    private static readonly (ColumnKind Kind, string[] Words)[] Specific =
    {
        (ColumnKind.Number, new[] { "tt", "stt", "so tt", "so thu tu" }),
        (ColumnKind.Criterion, new[] { "tieu chuan, tieu chi", "tieu chuan/tieu chi" }),
        (ColumnKind.TargetResult, new[] { "ket qua can dat", "muc tieu can dat" }),
        (ColumnKind.CurrentLevel, new[] { "muc hien tai", "muc dat duoc hien tai" }),
        (ColumnKind.Task, new[] { "cong viec/giai phap", "cong viec, giai phap", "cong viec can thuc hien", "giai phap can thuc hien" }),
        (ColumnKind.Lead, new[] { "chu tri", "nguoi thuc hien", "nguoi phu trach", "phoi hop thuc hien" }),
        (ColumnKind.Timeframe, new[] { "thoi gian", "thoi han" }),
        (ColumnKind.Budget, new[] { "du kien kinh phi", "kinh phi" }),
        (ColumnKind.OtherSupport, new[] { "dieu kien ho tro", "ho tro khac" }),
        (ColumnKind.PlanAsAdjusted, new[] { "da duoc dieu chinh", "dieu chinh" }),
        (ColumnKind.PlanAsWritten, new[] { "xd dau nam", "xay dung dau nam", "duoc xd", "ke hoach ban dau" }),
        (ColumnKind.Completed, new[] { "da trien khai xong", "da hoan thanh", "da thuc hien xong", "trien khai xong" }),
        (ColumnKind.InProgress, new[] { "dang trien khai", "dang thuc hien", "cham so voi" }),
        (ColumnKind.NotStarted, new[] { "chua trien khai", "chua thuc hien" }),
        (ColumnKind.LateReason, new[] { "ly do cham" }),
        (ColumnKind.NotStartedReason, new[] { "ly do chua" }),
        (ColumnKind.Notes, new[] { "ghi chu" }),
    };

    private static readonly (ColumnKind Kind, string[] Words)[] Generic =
    {
        (ColumnKind.Criterion, new[] { "tieu chi", "tieu chuan" }),
        (ColumnKind.TargetResult, new[] { "muc tieu" }),
        (ColumnKind.Task, new[] { "cong viec", "giai phap", "bien phap", "nhiem vu" }),
        (ColumnKind.OtherSupport, new[] { "nguon luc" }),
    };

    /// <summary>The kind a header cell names, from its folded text; <see cref="ColumnKind.Unknown"/> when none.</summary>
    internal static ColumnKind Classify(string folded)
    {
        string text = folded.Trim().TrimEnd(':', '.');
        if (text.Length == 0)
        {
            return ColumnKind.Unknown;
        }
        ColumnKind kind = Earliest(text, Specific);
        return kind != ColumnKind.Unknown ? kind : Earliest(text, Generic);
    }

    // The entry whose phrase starts earliest in the header: a header that names two things is what its first words say.
    private static ColumnKind Earliest(string text, (ColumnKind Kind, string[] Words)[] vocabulary)
    {
        ColumnKind best = ColumnKind.Unknown;
        int bestAt = int.MaxValue;
        foreach ((ColumnKind kind, string[] words) in vocabulary)
        {
            foreach (string word in words)
            {
                int at = IndexOfWord(text, word);
                if (at >= 0 && at < bestAt)
                {
                    best = kind;
                    bestAt = at;
                }
            }
        }
        return best;
    }

    private static int IndexOfWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            int end = at + word.Length;
            bool endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk)
            {
                return at;
            }
        }
        return -1;
    }

    internal static bool IsPlanKind(ColumnKind kind) => kind is ColumnKind.TargetResult or ColumnKind.Task or ColumnKind.Lead or ColumnKind.Timeframe
        or ColumnKind.Budget or ColumnKind.OtherSupport or ColumnKind.CurrentLevel;

    internal static bool IsReportKind(ColumnKind kind) => kind is ColumnKind.PlanAsWritten or ColumnKind.PlanAsAdjusted or ColumnKind.Completed
        or ColumnKind.InProgress or ColumnKind.NotStarted or ColumnKind.LateReason or ColumnKind.NotStartedReason;

    internal static IReadOnlyList<ColumnKind> ValueKinds(IEnumerable<ColumnKind> kinds)
    {
        var list = new List<ColumnKind>();
        foreach (ColumnKind k in kinds)
        {
            if (k is not ColumnKind.Unknown and not ColumnKind.Number and not ColumnKind.Criterion && !list.Contains(k))
            {
                list.Add(k);
            }
        }
        return list;
    }
}
