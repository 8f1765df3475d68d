using System.Collections.Generic;
using System.Linq;

namespace CaiTien.Domain.Utility;

/// <summary>Defensive copies of the lists documents are given.</summary>
internal static class Lists
{
    /// <summary>A read-only copy of a sequence that must not be null nor hold null.</summary>
    internal static IReadOnlyList<T> Copy<T>(IEnumerable<T> source)
        where T : class
    {
        IReadOnlyList<T> copy = Preconditions.CheckNotNull(source).ToList().AsReadOnly();
        foreach (T item in copy)
        {
            Preconditions.CheckArgument(item is not null, $"A list of {typeof(T).Name} cannot contain null.", nameof(source));
        }
        return copy;
    }
}
