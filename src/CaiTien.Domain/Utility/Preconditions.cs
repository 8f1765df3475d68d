using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CaiTien.Domain.Utility;

/// <summary>Guards for programmer errors. Document content that is merely wrong never goes through here.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static void CheckArgumentRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Value should be in range [{min}-{max}]");
        }
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? name = null)
    {
        if (!expression)
        {
            throw new ArgumentException(message, name);
        }
    }

    internal static T CheckDefined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
#if NET5_0_OR_GREATER
        if (!Enum.IsDefined(value))
#else
        if (!Enum.IsDefined(typeof(T), value))
#endif
        {
            throw new ArgumentOutOfRangeException(name, value, $"Undefined {typeof(T).Name} value.");
        }
        return value;
    }
}
