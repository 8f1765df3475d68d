using System;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain;

/// <summary>A message for users: Vietnamese first, with English alongside.</summary>
/// <remarks>Immutable. Two values are equal when both texts are equal (ordinal).</remarks>
public sealed class BilingualText : IEquatable<BilingualText>
{
    /// <summary>Creates a message.</summary>
    /// <param name="vietnamese">The Vietnamese text, shown first.</param>
    /// <param name="english">The English text.</param>
    public BilingualText(string vietnamese, string english)
    {
        Vietnamese = Preconditions.CheckNotNull(vietnamese);
        English = Preconditions.CheckNotNull(english);
    }

    /// <summary>The Vietnamese text.</summary>
    public string Vietnamese { get; }

    /// <summary>The English text.</summary>
    public string English { get; }

    /// <summary>Returns "Vietnamese (English)".</summary>
    /// <returns>Both texts, Vietnamese first.</returns>
    public override string ToString() => $"{Vietnamese} ({English})";

    /// <inheritdoc/>
    public bool Equals(BilingualText? other)
        => other is not null && Vietnamese == other.Vietnamese && English == other.English;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BilingualText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Vietnamese, English);
}
