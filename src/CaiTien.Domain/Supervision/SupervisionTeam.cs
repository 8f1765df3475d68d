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
/// <remarks>Immutable.</remarks>
public sealed class SupervisionTeam
{
    /// <summary>Creates a team.</summary>
    /// <param name="decision">The decision's number and date.</param>
    /// <param name="members">The members, in the decision's order.</param>
    public SupervisionTeam(DocumentReference decision, IEnumerable<TeamMember> members)
    {
        Decision = Preconditions.CheckNotNull(decision);
        Members = Preconditions.CheckNotNull(members).ToList().AsReadOnly();
        Preconditions.CheckArgument(Members.All(m => m is not null), "Members cannot contain null.");
    }

    /// <summary>The decision.</summary>
    public DocumentReference Decision { get; }

    /// <summary>The members.</summary>
    public IReadOnlyList<TeamMember> Members { get; }

    /// <summary>The leaders (one expected).</summary>
    public IEnumerable<TeamMember> Leaders => Members.Where(m => m.Role == TeamRole.Leader);
}

/// <summary>A member of a supervision team: the number as written, the name, the position held, the role in the team.</summary>
/// <remarks>Immutable.</remarks>
public sealed class TeamMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="number">The number as written ("2.").</param>
    /// <param name="name">The name ("Bà Nguyễn Thị Thảo Linh").</param>
    /// <param name="position">The position held ("Chủ tịch Công đoàn").</param>
    /// <param name="role">The role in the team.</param>
    public TeamMember(string? number, string name, string? position, TeamRole role)
    {
        Number = VietnameseText.Normalize(number).TrimEnd('.', ')');
        Name = VietnameseText.Normalize(name);
        Position = VietnameseText.Normalize(position);
        Role = Preconditions.CheckDefined(role);
    }

    /// <summary>The number as written, without a trailing dot.</summary>
    public string Number { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The position held.</summary>
    public string Position { get; }

    /// <summary>The role in the team.</summary>
    public TeamRole Role { get; }

    /// <summary>The name without the honorific ("Bà", "Ông", "Thầy", "Cô"), for matching attendees.</summary>
    public string PlainName => PersonName.Plain(Name);
}

/// <summary>The minutes of a supervision meeting (biên bản giám sát).</summary>
/// <remarks>Immutable.</remarks>
public sealed class SupervisionMinutes
{
    /// <summary>Creates minutes.</summary>
    /// <param name="date">The meeting date, or <c>null</c> when not stated.</param>
    /// <param name="place">Where.</param>
    /// <param name="attendees">Who attended (names as written, position after a dash allowed).</param>
    /// <param name="checkedItems">What was checked.</param>
    /// <param name="strengths">Ưu điểm.</param>
    /// <param name="limitations">Hạn chế.</param>
    /// <param name="recommendations">Kiến nghị, đề xuất.</param>
    public SupervisionMinutes(LocalDate? date, string? place, IEnumerable<string> attendees, IEnumerable<string>? checkedItems = null,
        string? strengths = null, string? limitations = null, string? recommendations = null)
    {
        Date = date;
        Place = VietnameseText.Normalize(place);
        Attendees = Preconditions.CheckNotNull(attendees).Select(VietnameseText.Normalize).ToList().AsReadOnly();
        CheckedItems = (checkedItems ?? Enumerable.Empty<string>()).Select(VietnameseText.Normalize).ToList().AsReadOnly();
        Strengths = VietnameseText.Normalize(strengths);
        Limitations = VietnameseText.Normalize(limitations);
        Recommendations = VietnameseText.Normalize(recommendations);
    }

    /// <summary>The date.</summary>
    public LocalDate? Date { get; }

    /// <summary>The place.</summary>
    public string Place { get; }

    /// <summary>The attendees.</summary>
    public IReadOnlyList<string> Attendees { get; }

    /// <summary>What was checked.</summary>
    public IReadOnlyList<string> CheckedItems { get; }

    /// <summary>Strengths.</summary>
    public string Strengths { get; }

    /// <summary>Limitations.</summary>
    public string Limitations { get; }

    /// <summary>Recommendations.</summary>
    public string Recommendations { get; }
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
