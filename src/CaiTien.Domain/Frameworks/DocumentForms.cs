namespace CaiTien.Domain.Frameworks;

/// <summary>How a framework version's documents write evidence codes (mã minh chứng).</summary>
public enum EvidenceCodeForm
{
    /// <summary>TT 18 era (Công văn 5932 templates): "[H1-1.1-01]", box, criterion, item, in square brackets.</summary>
    Boxed = 1,

    /// <summary>TT 57 (Phụ lục IV): "MC.1.1.01" in round brackets before the full stop, several separated by commas.</summary>
    Mc = 2,
}

/// <summary>The form of a framework version's improvement plan (kế hoạch cải tiến chất lượng).</summary>
public enum PlanForm
{
    /// <summary>
    /// TT 18 era: the plan of the self-assessment report, one part per criterion; schools write it as a table with a
    /// row per criterion (target result, tasks, lead, timeframe, budget).
    /// </summary>
    CriterionTable = 1,

    /// <summary>
    /// TT 57, Mẫu số 2 Phụ lục V ("Biểu 2"): a separate plan on the priority problems (not every criterion), with a
    /// problem table, a 10-column plan table and at least two reviews a year.
    /// </summary>
    PriorityProblems = 2,
}
