using System;
using System.Globalization;
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

    /// <summary>The text in a language: Vietnamese, English, or both as "Vietnamese (English)".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string ToString(MessageLanguage language) => Preconditions.CheckDefined(language) switch
    {
        MessageLanguage.Vietnamese => Vietnamese,
        MessageLanguage.English => English,
        _ => ToString(),
    };

    /// <summary>The text for a culture: see <see cref="LanguageFor"/>.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    public string ToString(CultureInfo culture) => ToString(LanguageFor(culture));

    /// <summary>
    /// The language for a culture: Vietnamese for "vi" and its regions, English for "en" and its regions, and both
    /// (Vietnamese first) for the invariant culture and every other language, which neither text serves alone.
    /// </summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The language.</returns>
    public static MessageLanguage LanguageFor(CultureInfo culture) => Preconditions.CheckNotNull(culture).TwoLetterISOLanguageName switch
    {
        "vi" => MessageLanguage.Vietnamese,
        "en" => MessageLanguage.English,
        _ => MessageLanguage.Both,
    };

    /// <inheritdoc/>
    public bool Equals(BilingualText? other)
        => other is not null && Vietnamese == other.Vietnamese && English == other.English;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BilingualText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Vietnamese, English);
}

/// <summary>The language messages are shown in.</summary>
public enum MessageLanguage
{
    /// <summary>Vietnamese, the official terms (the default).</summary>
    Vietnamese = 1,

    /// <summary>English.</summary>
    English = 2,

    /// <summary>Both, Vietnamese first: "Vietnamese (English)".</summary>
    Both = 3,
}
