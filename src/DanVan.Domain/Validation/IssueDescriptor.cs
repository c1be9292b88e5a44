using System.Text;

namespace DanVan.Domain.Validation;

/// <summary>
/// The definition of one kind of issue: its code, default severity and its message templates in English and
/// Vietnamese. Templates name their placeholders in braces (<c>{text}</c>); <c>Create</c> fills them.
/// </summary>
/// <remarks>
/// Each area declares its descriptors as static fields of one class (for example <c>TextIssues</c>);
/// docs/validation-codes.md lists them all, and a test keeps that list complete.
/// This type is immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// ValidationIssue issue = DateIssues.InvalidCalendarDate.Create("activities[2].date", "31/2/2020",
///     new IssueArgument("text", "31/2/2020"));
/// </code>
/// </example>
public sealed class IssueDescriptor
{
    /// <summary>Declares an issue kind.</summary>
    /// <param name="code">The stable code, <c>DV</c> and four digits.</param>
    /// <param name="severity">The severity issues of this kind get unless the caller says otherwise.</param>
    /// <param name="englishTemplate">The English message; placeholders in braces.</param>
    /// <param name="vietnameseTemplate">The Vietnamese message; the same placeholders.</param>
    /// <exception cref="FormatException"><paramref name="code"/> is not a valid code.</exception>
    public IssueDescriptor(string code, ValidationSeverity severity, string englishTemplate, string vietnameseTemplate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(englishTemplate);
        ArgumentException.ThrowIfNullOrWhiteSpace(vietnameseTemplate);
        Code = IssueCode.Parse(code, System.Globalization.CultureInfo.InvariantCulture);
        Severity = severity;
        EnglishTemplate = englishTemplate;
        VietnameseTemplate = vietnameseTemplate;
    }

    /// <summary>The stable code.</summary>
    public IssueCode Code { get; }

    /// <summary>The default severity.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>The English template.</summary>
    public string EnglishTemplate { get; }

    /// <summary>The Vietnamese template (Thông điệp tiếng Việt).</summary>
    public string VietnameseTemplate { get; }

    /// <summary>Creates an issue of this kind with the default severity.</summary>
    /// <param name="path">Where the issue is, e.g. <c>activities[2].period</c>; empty for the value itself.</param>
    /// <param name="attemptedValue">The offending value as text, or null.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    public ValidationIssue Create(string path, string? attemptedValue, params IEnumerable<IssueArgument> arguments) =>
        Create(Severity, path, attemptedValue, arguments);

    /// <summary>Creates an issue of this kind with an explicit severity.</summary>
    /// <param name="severity">The severity to use instead of the default.</param>
    /// <param name="path">Where the issue is, e.g. <c>activities[2].period</c>; empty for the value itself.</param>
    /// <param name="attemptedValue">The offending value as text, or null.</param>
    /// <param name="arguments">The values for the placeholders.</param>
    public ValidationIssue Create(ValidationSeverity severity, string path, string? attemptedValue, params IEnumerable<IssueArgument> arguments)
    {
        var args = ValueList<IssueArgument>.From(arguments);
        return new ValidationIssue(
            Code,
            severity,
            path,
            Format(EnglishTemplate, args),
            Format(VietnameseTemplate, args),
            attemptedValue,
            args);
    }

    /// <summary>Fills <paramref name="template"/> with <paramref name="arguments"/>; unknown placeholders stay as written.</summary>
    public static string Format(string template, IReadOnlyList<IssueArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count == 0 || !template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var argument in arguments)
            {
                if (name.SequenceEqual(argument.Name))
                {
                    builder.Append(argument.Value);
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Code + ": " + EnglishTemplate;
}
