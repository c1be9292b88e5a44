using System.Diagnostics.CodeAnalysis;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// The outcome of parsing: a value, or the <see cref="ValidationIssue"/> that says why there is none.
/// Every parser of the library produces one, so <c>Parse</c>, <c>TryParse</c> and
/// <c>TryParse(…, out error)</c> agree by construction and the failure path never throws.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks><c>default(ParseResult&lt;T&gt;)</c> is a failure with no issue; <see cref="Error"/> then reports DV1000. Immutable and thread-safe.</remarks>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly ValidationIssue? _error;

    internal ParseResult(T value, ValidationIssue? error, bool success)
    {
        _value = value;
        _error = error;
        Success = success;
    }

    /// <summary>True when a value was parsed.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="DanVanFormatException">Parsing failed.</exception>
    public T Value => Success ? _value : throw new DanVanFormatException(Error);

    /// <summary>Why parsing failed, or null on success.</summary>
    public ValidationIssue? Error => Success ? null : _error ?? TextIssues.InvalidFormat.Create(string.Empty, null, new IssueArgument("reason", "no value"));

    /// <summary>The value, or throws <see cref="DanVanFormatException"/> (a <see cref="FormatException"/>) with the reason.</summary>
    public T GetValueOrThrow() => Value;

    /// <summary>The value when parsing succeeded; never throws.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>The value, or (on failure) why there is none; never throws. Backs every <c>TryParse(…, out error)</c>.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out ValidationIssue? error)
    {
        value = _value;
        error = Error;
        return Success;
    }

    /// <summary>The value, or <paramref name="fallback"/>.</summary>
    public T GetValueOrDefault(T fallback) => Success ? _value : fallback;

    /// <inheritdoc />
    public override string ToString() => Success ? $"Success: {_value}" : $"Failure: {Error}";
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>A successful result.</summary>
    public static ParseResult<T> Ok<T>(T value) => new(value, null, success: true);

    /// <summary>A failed result carrying <paramref name="error"/>.</summary>
    public static ParseResult<T> Fail<T>(ValidationIssue error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ParseResult<T>(default!, error, success: false);
    }
}
