using System.Text.Json.Serialization;

namespace DanVan.Domain.Validation;

/// <summary>
/// One thing a validator or parser found: a stable code, a severity, where it is, the value that was tried,
/// and the message in English and Vietnamese, with the arguments that filled the message.
/// Vấn đề kiểm tra dữ liệu.
/// </summary>
/// <remarks>
/// <para>Issues are values: two issues with the same content are equal. Create them from an
/// <see cref="IssueDescriptor"/> so code and messages stay in step with docs/validation-codes.md.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ValidationIssue
{
    /// <summary>Creates an issue from its parts; prefer <see cref="IssueDescriptor.Create(string, string?, IEnumerable{IssueArgument})"/>.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="path">Where it is (<c>activities[2].period</c>); empty for the value itself.</param>
    /// <param name="englishMessage">The message in English.</param>
    /// <param name="vietnameseMessage">The message in Vietnamese.</param>
    /// <param name="attemptedValue">The offending value as text, or null.</param>
    /// <param name="arguments">The values that filled the message templates; null means none.</param>
    [JsonConstructor]
    public ValidationIssue(
        IssueCode code,
        ValidationSeverity severity,
        string path,
        string englishMessage,
        string vietnameseMessage,
        string? attemptedValue = null,
        IReadOnlyList<IssueArgument>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(englishMessage);
        ArgumentNullException.ThrowIfNull(vietnameseMessage);
        Code = code;
        Severity = severity;
        Path = path;
        AttemptedValue = attemptedValue;
        EnglishMessage = englishMessage;
        VietnameseMessage = vietnameseMessage;
        Arguments = ValueList<IssueArgument>.From(arguments);
    }

    /// <summary>The stable code (<c>DV</c> and four digits).</summary>
    public IssueCode Code { get; }

    /// <summary>How serious it is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>Where it is, in the form <c>activities[2].period</c>; empty when the issue is about the value itself.</summary>
    public string Path { get; }

    /// <summary>The offending value as text, or null when there is none to show.</summary>
    public string? AttemptedValue { get; }

    /// <summary>The message in English.</summary>
    public string EnglishMessage { get; }

    /// <summary>Thông điệp: the message in Vietnamese.</summary>
    public string VietnameseMessage { get; }

    /// <summary>The values that filled the message templates, in template order; compared by value.</summary>
    public IReadOnlyList<IssueArgument> Arguments { get; }

    /// <summary>True for <see cref="ValidationSeverity.Error"/>.</summary>
    [JsonIgnore]
    public bool IsError => Severity == ValidationSeverity.Error;

    /// <summary>The message in the given language.</summary>
    public string GetMessage(MessageLanguage language) =>
        language == MessageLanguage.Vietnamese ? VietnameseMessage : EnglishMessage;

    /// <summary>The value of the named argument, or null.</summary>
    public string? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The same issue at another path.</summary>
    public ValidationIssue WithPath(string path) =>
        new(Code, Severity, path, EnglishMessage, VietnameseMessage, AttemptedValue, Arguments);

    /// <summary>The same issue placed under <paramref name="prefix"/>: <c>date</c> under <c>activities[2]</c> is <c>activities[2].date</c>.</summary>
    public ValidationIssue WithPathPrefix(string prefix) => WithPath(IssuePath.Combine(prefix, Path));

    /// <summary>The same issue with another severity (a portal may treat a warning as an error).</summary>
    public ValidationIssue WithSeverity(ValidationSeverity severity) =>
        new(Code, severity, Path, EnglishMessage, VietnameseMessage, AttemptedValue, Arguments);

    /// <summary><c>DV1203 error at activities[2].date: message</c>.</summary>
    public override string ToString()
    {
        var where = Path.Length == 0 ? string.Empty : " at " + Path;
        return $"{Code} {Severity.ToString().ToLowerInvariant()}{where}: {EnglishMessage}";
    }
}
