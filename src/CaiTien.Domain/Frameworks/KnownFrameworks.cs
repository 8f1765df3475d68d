using System;

namespace CaiTien.Domain.Frameworks;

/// <summary>The framework versions shipped with the library as embedded data.</summary>
public static class KnownFrameworks
{
    private static readonly Lazy<FrameworkVersion> Tt18Lazy = new(
        () => FrameworkJsonLoader.LoadEmbedded("CaiTien.Domain.Frameworks.Data.tt18-2018.json"),
        System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Thông tư 18/2018/TT-BGDĐT for lower secondary, upper secondary and multi-level schools: 5 standards,
    /// 28 criteria, 4 levels, six level-4 items. Loaded once on first use; immutable and thread-safe.
    /// In force from 2018-10-10 to 2026-07-06 (replaced by Thông tư 57/2026, whose catalog is not shipped).
    /// </summary>
    public static FrameworkVersion Tt18 => Tt18Lazy.Value;
}
