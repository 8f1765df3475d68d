using System;
using System.Collections.Generic;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain;

/// <summary>
/// The result of reading a value from text: the value, and what was normalised to get it, or a failure that
/// says what could not be read. Expected failures in input come back here, never as exceptions.
/// </summary>
/// <typeparam name="T">The type of the value read.</typeparam>
/// <remarks>Immutable. Modelled on NodaTime's <c>ParseResult&lt;T&gt;</c>.</remarks>
public sealed class ParseResult<T>
{
    private static readonly IReadOnlyList<BilingualText> NoNotes = Array.Empty<BilingualText>();
    private readonly T value;

    private ParseResult(T value, IReadOnlyList<BilingualText> notes, ParseFailure? failure)
    {
        this.value = value;
        Notes = notes;
        Failure = failure;
    }

    /// <summary>Whether the text was read.</summary>
    public bool Success => Failure is null;

    /// <summary>The value read.</summary>
    /// <exception cref="InvalidOperationException">The parse failed; the message carries the failure.</exception>
    public T Value => Failure is null ? value : throw new InvalidOperationException(Failure.Message.ToString());

    /// <summary>What had to be normalised to read the text ("2. 4" read as 2.4); empty when the text was canonical.</summary>
    public IReadOnlyList<BilingualText> Notes { get; }

    /// <summary>Why the text could not be read; <c>null</c> on success.</summary>
    public ParseFailure? Failure { get; }

    /// <summary>Returns the value when the parse succeeded.</summary>
    /// <param name="result">The value read, or the default value on failure.</param>
    /// <returns>Whether the parse succeeded.</returns>
    public bool TryGetValue(out T result)
    {
        result = value;
        return Failure is null;
    }

    /// <summary>Returns the value, or <paramref name="fallback"/> on failure.</summary>
    /// <param name="fallback">The value to use when the parse failed.</param>
    /// <returns>The value read or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => Failure is null ? value : fallback;

    internal static ParseResult<T> ForValue(T value, IReadOnlyList<BilingualText>? notes = null)
        => new(value, notes is null || notes.Count == 0 ? NoNotes : notes, null);

    internal static ParseResult<T> ForFailure(ParseFailure failure)
        => new(default!, NoNotes, Preconditions.CheckNotNull(failure));

    /// <summary>Converts a successful value, keeping the notes, or carries the failure over.</summary>
    /// <typeparam name="TOut">The new value type.</typeparam>
    /// <param name="selector">The conversion.</param>
    /// <returns>The converted result.</returns>
    public ParseResult<TOut> Select<TOut>(Func<T, TOut> selector)
        => Failure is null ? ParseResult<TOut>.ForValue(selector(value), Notes) : ParseResult<TOut>.ForFailure(Failure);

    /// <inheritdoc/>
    public override string ToString() => Failure is null ? $"Success: {value}" : $"Failure: {Failure}";
}

/// <summary>Why a text could not be read: the input, the part that could not be read, and a message.</summary>
public sealed class ParseFailure
{
    internal ParseFailure(string input, string unreadText, BilingualText message)
    {
        Input = Preconditions.CheckNotNull(input);
        UnreadText = Preconditions.CheckNotNull(unreadText);
        Message = Preconditions.CheckNotNull(message);
    }

    /// <summary>The input, shortened to 200 characters when longer.</summary>
    public string Input { get; }

    /// <summary>The part of the input that could not be read.</summary>
    public string UnreadText { get; }

    /// <summary>What went wrong.</summary>
    public BilingualText Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Message} — '{UnreadText}'";

    internal static ParseFailure Create(string? input, string unread, string vietnamese, string english)
    {
        string safeInput = Shorten(input ?? string.Empty);
        return new ParseFailure(safeInput, Shorten(unread), new BilingualText(vietnamese, english));
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "…";
}
