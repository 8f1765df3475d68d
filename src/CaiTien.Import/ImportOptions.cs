using CaiTien.Domain.Frameworks;

namespace CaiTien.Import;

/// <summary>
/// Options of an import: the limits, the frameworks to bind documents to, and what the caller already knows about the
/// school (a school-management system importing a file knows whose it is).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ImportOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="limits">The limits; <see cref="ImportLimits.Default"/> when <c>null</c>.</param>
    /// <param name="frameworks">The framework versions to choose from by date; <see cref="FrameworkCatalog.Default"/> when <c>null</c>.</param>
    /// <param name="schoolId">The school's identifier, used when set instead of one derived from the school's name.</param>
    public ImportOptions(ImportLimits? limits = null, FrameworkCatalog? frameworks = null, string? schoolId = null)
    {
        Limits = limits ?? ImportLimits.Default;
        Frameworks = frameworks ?? FrameworkCatalog.Default;
        Guard.Argument(schoolId is null || Domain.SchoolId.IsValid(schoolId), "A school id is 1-63 characters of a-z, 0-9 and '-', starting with a letter.");
        SchoolId = schoolId;
    }

    /// <summary>The default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The limits.</summary>
    public ImportLimits Limits { get; }

    /// <summary>The framework versions.</summary>
    public FrameworkCatalog Frameworks { get; }

    /// <summary>The school's identifier, or <c>null</c> to derive it from the document.</summary>
    public string? SchoolId { get; }
}
