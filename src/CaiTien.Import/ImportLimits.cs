namespace CaiTien.Import;

/// <summary>
/// How much an import may read: the file size, what a Word package may expand to, its number of entries and the
/// characters of text. Anything beyond fails cleanly with <see cref="ImportFailureReason.TooLarge"/> or
/// <see cref="ImportFailureReason.ExpandsTooMuch"/>.
/// </summary>
/// <remarks>Immutable. <see cref="Default"/> reads any real school document (the largest seen is 1.3 MB of Word XML).</remarks>
public sealed class ImportLimits
{
    /// <summary>Creates limits.</summary>
    /// <param name="maxFileBytes">The largest file read, in bytes.</param>
    /// <param name="maxExpandedBytes">The most a Word package may expand to, all entries together, in bytes.</param>
    /// <param name="maxCompressionRatio">The highest expansion ratio of one entry larger than 1 MiB.</param>
    /// <param name="maxEntries">The most entries a Word package may hold.</param>
    /// <param name="maxTextCharacters">The most characters of text read from one file.</param>
    public ImportLimits(long maxFileBytes = 16 * 1024 * 1024, long maxExpandedBytes = 128 * 1024 * 1024, int maxCompressionRatio = 200,
        int maxEntries = 2000, int maxTextCharacters = 16 * 1024 * 1024)
    {
        Guard.Argument(maxFileBytes > 0, "The file limit must be positive.");
        Guard.Argument(maxExpandedBytes > 0, "The expansion limit must be positive.");
        MaxFileBytes = maxFileBytes;
        MaxExpandedBytes = maxExpandedBytes;
        MaxCompressionRatio = Guard.Range(maxCompressionRatio, 1, int.MaxValue);
        MaxEntries = Guard.Range(maxEntries, 1, int.MaxValue);
        MaxTextCharacters = Guard.Range(maxTextCharacters, 1, int.MaxValue);
    }

    /// <summary>16 MiB files, 128 MiB expanded, ratio 200, 2000 entries, 16 Mi characters.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>The largest file read, in bytes.</summary>
    public long MaxFileBytes { get; }

    /// <summary>The most a Word package may expand to, in bytes.</summary>
    public long MaxExpandedBytes { get; }

    /// <summary>The highest expansion ratio of one entry larger than 1 MiB.</summary>
    public int MaxCompressionRatio { get; }

    /// <summary>The most entries a Word package may hold.</summary>
    public int MaxEntries { get; }

    /// <summary>The most characters of text read.</summary>
    public int MaxTextCharacters { get; }
}
