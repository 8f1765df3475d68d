namespace CaiTien.Domain.Frameworks;

/// <summary>The kinds of school a framework applies to.</summary>
public enum SchoolType
{
    /// <summary>Not given.</summary>
    Unspecified = 0,

    /// <summary>Trường trung học cơ sở (lower secondary).</summary>
    LowerSecondary = 1,

    /// <summary>Trường trung học phổ thông (upper secondary).</summary>
    UpperSecondary = 2,

    /// <summary>Trường phổ thông có nhiều cấp học (multi-level school).</summary>
    MultiLevel = 3,

    /// <summary>Trường tiểu học (primary).</summary>
    Primary = 4,

    /// <summary>Trường mầm non (preschool).</summary>
    Preschool = 5,
}
