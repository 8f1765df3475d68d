using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Supervision;

/// <summary>A member's role in a supervision team.</summary>
public enum TeamRole
{
    /// <summary>No role given.</summary>
    Unspecified = 0,

    /// <summary>Tổ trưởng (leader).</summary>
    Leader = 1,

    /// <summary>Tổ phó (deputy).</summary>
    Deputy = 2,

    /// <summary>Thư ký (secretary).</summary>
    Secretary = 3,

    /// <summary>Thành viên (member).</summary>
    Member = 4,
}

/// <summary>
/// The team set up by the principal's decision to supervise the plan (tổ giám sát): the decision and the members, each
/// with a role. Exactly one leader is expected; the checker reports otherwise.
/// </summary>
/// <remarks>Immutable; set by name.</remarks>
public sealed class SupervisionTeam
{
    /// <summary>The decision's number and date; <see cref="DocumentReference.Missing"/> when not given.</summary>
    public DocumentReference Decision { get; init => field = Preconditions.CheckNotNull(value); } = DocumentReference.Missing;

    /// <summary>The members, in the decision's order.</summary>
    public IReadOnlyList<TeamMember> Members { get; init => field = Lists.Copy(value); } = Array.Empty<TeamMember>();

    /// <summary>The leaders (one expected).</summary>
    public IEnumerable<TeamMember> Leaders => Members.Where(m => m.Role == TeamRole.Leader);
}

/// <summary>A member of a supervision team: the number as written, the name, the position held, the role in the team.</summary>
/// <remarks>Immutable. The name is given to the constructor; the rest is set by name.</remarks>
public sealed class TeamMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="name">The name as written ("Bà Nguyễn Thị Thảo Linh").</param>
    public TeamMember(string name) => Name = VietnameseText.Normalize(name);

    /// <summary>The number as written ("2."), without a trailing dot or parenthesis.</summary>
    public string Number { get; init => field = VietnameseText.Normalize(value).TrimEnd('.', ')'); } = string.Empty;

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The position held ("Chủ tịch Công đoàn").</summary>
    public string Position { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The role in the team; <see cref="TeamRole.Unspecified"/> when the decision gives none.</summary>
    public TeamRole Role { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>The name without the honorific ("Bà", "Ông", "Thầy", "Cô"), for matching attendees.</summary>
    public string PlainName => PersonName.Plain(Name);
}

/// <summary>The minutes of a supervision meeting (biên bản giám sát).</summary>
/// <remarks>Immutable; set by name.</remarks>
public sealed class SupervisionMinutes
{
    /// <summary>The meeting date, or <c>null</c> when not stated.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Where.</summary>
    public string Place { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Who attended (names as written, a position after a dash allowed).</summary>
    public IReadOnlyList<string> Attendees { get; init => field = Texts(value); } = Array.Empty<string>();

    /// <summary>What was checked.</summary>
    public IReadOnlyList<string> CheckedItems { get; init => field = Texts(value); } = Array.Empty<string>();

    /// <summary>Ưu điểm.</summary>
    public string Strengths { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Hạn chế.</summary>
    public string Limitations { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Kiến nghị, đề xuất.</summary>
    public string Recommendations { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    private static IReadOnlyList<string> Texts(IEnumerable<string> value)
        => Preconditions.CheckNotNull(value).Select(VietnameseText.Normalize).ToList().AsReadOnly();
}

/// <summary>A plan's supervision record: the team set up by the decision and the minutes of its meetings.</summary>
/// <remarks>Immutable; set by name. The unit the checker's supervision check and the JSON form work on.</remarks>
public sealed class SupervisionRecord
{
    /// <summary>The team and its decision.</summary>
    public SupervisionTeam Team { get; init => field = Preconditions.CheckNotNull(value); } = new();

    /// <summary>The minutes, in any order.</summary>
    public IReadOnlyList<SupervisionMinutes> Minutes { get; init => field = Lists.Copy(value); } = Array.Empty<SupervisionMinutes>();
}

/// <summary>Names of people as documents write them.</summary>
internal static class PersonName
{
    private static readonly string[] Honorifics = { "ba ", "ong ", "thay ", "co ", "anh ", "chi " };

    /// <summary>The folded name without honorific and without a position after a dash.</summary>
    internal static string Plain(string name)
    {
        string folded = VietnameseText.Fold(name);
        int dash = folded.IndexOfAny(new[] { '-', '–', ',' });
        if (dash > 0)
        {
            folded = folded.Substring(0, dash).Trim();
        }
        foreach (string h in Honorifics)
        {
            if (folded.StartsWith(h, System.StringComparison.Ordinal))
            {
                return folded.Substring(h.Length).Trim();
            }
        }
        return folded.Trim();
    }
}
