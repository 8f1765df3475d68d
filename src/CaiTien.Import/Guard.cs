using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CaiTien.Import;

/// <summary>Argument checks for programmer errors (the domain package keeps its own helper internal).</summary>
internal static class Guard
{
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value ?? throw new ArgumentNullException(name);

    internal static void Argument([DoesNotReturnIf(false)] bool condition, string message, [CallerArgumentExpression(nameof(condition))] string? name = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    internal static int Range(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value < min || value > max ? throw new ArgumentOutOfRangeException(name, value, $"Expected {min} to {max}.") : value;
}
