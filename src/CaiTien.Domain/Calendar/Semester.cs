namespace CaiTien.Domain.Calendar;

/// <summary>A semester (học kỳ) of a school year.</summary>
public enum Semester
{
    /// <summary>Học kỳ I.</summary>
    First = 1,

    /// <summary>Học kỳ II.</summary>
    Second = 2,
}

/// <summary>
/// Whether a deadline written "trước ngày X" (before date X) includes day X. The national frames do not say, so it
/// is a setting; the default counts day X.
/// </summary>
public enum DeadlineMode
{
    /// <summary>Day X is the last day (the default).</summary>
    Inclusive = 0,

    /// <summary>The day before X is the last day.</summary>
    Exclusive = 1,
}
