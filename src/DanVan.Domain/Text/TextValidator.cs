using System.Globalization;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// Checks free text that a portal stores and shows (names, titles, conclusions): present when required, no
/// invisible or control characters, tidy white space, normalised, and not too long. Kiểm tra văn bản nhập vào.
/// </summary>
/// <remarks>Returns issues, never throws for any input. Immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// var validator = new TextValidator(maximumLength: 250);
/// ValidationResult result = validator.Validate(form.Title, "title");
/// string stored = TextValidator.Clean(form.Title); // what to store instead
/// </code>
/// </example>
public sealed class TextValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="maximumLength">The longest text allowed, in UTF-16 code units.</param>
    /// <param name="required">Whether a null, empty or blank text is an error (DV1001).</param>
    public TextValidator(int maximumLength = 1_000, bool required = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximumLength);
        MaximumLength = maximumLength;
        Required = required;
    }

    /// <summary>The longest text allowed.</summary>
    public int MaximumLength { get; }

    /// <summary>Whether a blank text is an error.</summary>
    public bool Required { get; }

    /// <summary>
    /// The issues of <paramref name="text"/> at <paramref name="path"/>: DV1001 required, DV1002 invisible or control
    /// character (the first one), DV1004 untidy white space, DV1003 not normalised, DV1005 too long.
    /// </summary>
    public ValidationResult Validate(string? text, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Required ? ValidationResult.From(TextIssues.Required.Create(path, text)) : ValidationResult.Success;
        }

        var issues = new List<ValidationIssue>(2);
        var attempted = AttemptedValue.Of(text);
        var invisible = FindInvisible(text);
        if (invisible >= 0)
        {
            issues.Add(TextIssues.InvisibleCharacters.Create(
                path,
                attempted,
                new IssueArgument("codePoint", ((int)text[invisible]).ToString("X4", CultureInfo.InvariantCulture)),
                new IssueArgument("position", invisible.ToString(CultureInfo.InvariantCulture))));
        }

        if (!IsTidy(text))
        {
            issues.Add(TextIssues.UntidyWhiteSpace.Create(path, attempted));
        }

        var normal = VietnameseNormalization.Normalize(text);
        if (!ReferenceEquals(normal, text))
        {
            issues.Add(TextIssues.NotNormalized.Create(path, attempted, new IssueArgument("normalized", AttemptedValue.Of(normal))));
        }

        if (text.Length > MaximumLength)
        {
            issues.Add(TextIssues.TooLong.Create(
                path,
                attempted,
                new IssueArgument("length", text.Length.ToString(CultureInfo.InvariantCulture)),
                new IssueArgument("maximum", MaximumLength.ToString(CultureInfo.InvariantCulture))));
        }

        return ValidationResult.From(issues);
    }

    /// <summary>
    /// The text a portal should store: normalised, invisible and control characters removed (line breaks and tabs
    /// become spaces), white space collapsed and trimmed. Null gives the empty string.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsPlainAndTidy(text))
        {
            return VietnameseNormalization.Normalize(text); // nothing to remove or collapse
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsInvisible(text, i))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (char.IsHighSurrogate(c))
            {
                builder.Append(text[++i]);
            }
        }

        return VietnameseNormalization.Normalize(builder.ToString());
    }

    // Visible characters (folding keeps them as they are or as another) and single spaces between them: the loop of
    // Clean would copy such text unchanged. Anything else, marks included, takes the loop.
    private static bool IsPlainAndTidy(string text)
    {
        var map = FoldTable.Map;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var m = map[c];
            if (m is FoldTable.Drop or FoldTable.Surrogate)
            {
                return false;
            }

            if (m == FoldTable.Space && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static int FindInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if ((char.IsControl(text[i]) && text[i] != ' ') || IsInvisible(text, i))
            {
                return i;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }

        return -1;
    }

    // Format characters (zero-width space, BOM, soft hyphen, direction marks) and unpaired surrogates.
    private static bool IsInvisible(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
    }

    private static bool IsTidy(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }
}
