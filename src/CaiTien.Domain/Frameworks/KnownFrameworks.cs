using System;
using System.Collections.Generic;
using System.Threading;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// The framework versions shipped with the library as embedded data, one for each period: TT 18/2018 as issued, TT 18 as
/// amended by TT 22/2024, and TT 57/2026. Each is loaded once on first use; immutable and thread-safe. Every version,
/// standard, criterion and indicator carries its <see cref="Provenance"/>.
/// </summary>
public static class KnownFrameworks
{
    private static readonly Lazy<FrameworkVersion> Tt18Lazy = new(() => FrameworkJsonLoader.LoadEmbedded("tt18-2018"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrameworkVersion> Tt18Tt22Lazy = new(() => FrameworkJsonLoader.LoadEmbedded("tt18-2018-tt22-2024"), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<FrameworkVersion> Tt57Lazy = new(() => FrameworkJsonLoader.LoadEmbedded("tt57-2026"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Thông tư 18/2018/TT-BGDĐT as issued ("tt18-2018"), for lower secondary, upper secondary and multi-level schools:
    /// 5 standards, 28 criteria, 4 levels, six level-4 items. In force from 2018-10-10 to 2025-01-24. Text checked
    /// against the Ministry's Word file.
    /// </summary>
    public static FrameworkVersion Tt18 => Tt18Lazy.Value;

    /// <summary>
    /// TT 18/2018 as amended by Thông tư 22/2024/TT-BGDĐT ("tt18-2018-tt22-2024"), in force from 2025-01-25 to
    /// 2026-07-06. Derived from <see cref="Tt18"/>: criterion 5.6 Mức 3 is amended (wording reconstructed); every other
    /// text is the 2018 one, marked <see cref="WordingStatus.NotYetTranscribed"/>.
    /// </summary>
    public static FrameworkVersion Tt18AmendedByTt22 => Tt18Tt22Lazy.Value;

    /// <summary>
    /// Thông tư 57/2026/TT-BGDĐT ("tt57-2026"), Phụ lục II (general-education schools), in force from 2026-07-07:
    /// 4 standards, 15 criteria, 2 levels, 8 mandatory criteria and at least 5 of the 7 others. Corroborated by
    /// independent sources; not checked against the official text.
    /// </summary>
    public static FrameworkVersion Tt57 => Tt57Lazy.Value;

    /// <summary>Every shipped version, oldest first.</summary>
    public static IReadOnlyList<FrameworkVersion> All => new[] { Tt18, Tt18AmendedByTt22, Tt57 };
}
