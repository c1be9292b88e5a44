using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Validation;

/// <summary>
/// What a validator found: an immutable list of <see cref="ValidationIssue"/>s. Kết quả kiểm tra.
/// </summary>
/// <remarks>
/// <para>Valid means no issue of severity <see cref="ValidationSeverity.Error"/>; warnings and information do not
/// make a result invalid. Results compare by value and combine with <see cref="Merge(ValidationResult)"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// ValidationResult result = validator.Validate(report);
/// if (!result.IsValid)
/// {
///     return Results.ValidationProblem(result.ToProblemDetailsErrors(MessageLanguage.Vietnamese));
/// }
/// </code>
/// </example>
public sealed record ValidationResult
{
    /// <summary>Creates a result holding <paramref name="issues"/> in the order given; null means none.</summary>
    /// <exception cref="ArgumentException">An issue is null.</exception>
    public ValidationResult(IEnumerable<ValidationIssue>? issues)
    {
        Issues = ValueList<ValidationIssue>.From(issues);
        if (Issues.Contains(null!))
        {
            throw new ArgumentException("An issue cannot be null.", nameof(issues));
        }
    }

    // For JSON: a null in the array must be a JsonException (the serializer adds the path), not an ArgumentException.
    [JsonConstructor]
    internal ValidationResult(IReadOnlyList<ValidationIssue> issues, bool isValid = true)
    {
        _ = isValid; // derived from the issues; read only so that it is not an unknown property
        Issues = ValueList<ValidationIssue>.From(issues);
        if (Issues.Contains(null!))
        {
            throw new JsonException("An issue cannot be null.");
        }
    }

    /// <summary>The result with no issues.</summary>
    public static ValidationResult Success { get; } = new((IEnumerable<ValidationIssue>?)null);

    /// <summary>Creates a result from any number of issues.</summary>
    public static ValidationResult From(params IEnumerable<ValidationIssue> issues) => new(issues.AsEnumerable());

    /// <summary>The issues, in the order they were found; compared by value.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>True when no issue is an error.</summary>
    [JsonPropertyOrder(-1)]
    public bool IsValid => !Issues.Any(issue => issue.Severity == ValidationSeverity.Error);

    /// <summary>The issues of severity error.</summary>
    [JsonIgnore]
    public IReadOnlyList<ValidationIssue> Errors => OfSeverity(ValidationSeverity.Error).Issues;

    /// <summary>The issues of severity warning.</summary>
    [JsonIgnore]
    public IReadOnlyList<ValidationIssue> Warnings => OfSeverity(ValidationSeverity.Warning).Issues;

    /// <summary>The issues of exactly the given severity.</summary>
    public ValidationResult OfSeverity(ValidationSeverity severity) => Where(issue => issue.Severity == severity);

    /// <summary>The issues at least as serious as <paramref name="minimum"/> (error is the most serious).</summary>
    public ValidationResult AtLeast(ValidationSeverity minimum) => Where(issue => issue.Severity <= minimum);

    /// <summary>The issues that match <paramref name="predicate"/>.</summary>
    public ValidationResult Where(Func<ValidationIssue, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return From(Issues.Where(predicate));
    }

    /// <summary>The issues of this result followed by those of <paramref name="other"/>.</summary>
    public ValidationResult Merge(ValidationResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Issues.Count == 0)
        {
            return this;
        }

        return Issues.Count == 0 ? other : From(Issues.Concat(other.Issues));
    }

    /// <summary>All issues of all <paramref name="results"/>, in order.</summary>
    public static ValidationResult Merge(params IEnumerable<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return From(results.SelectMany(result => result.Issues));
    }

    /// <summary>Every issue placed under <paramref name="prefix"/>, for a validator of a part called by a validator of the whole.</summary>
    public ValidationResult WithPathPrefix(string prefix) =>
        Issues.Count == 0 ? this : From(Issues.Select(issue => issue.WithPathPrefix(prefix)));

    /// <summary>
    /// The issues grouped by path as messages, the <c>IDictionary&lt;string, string[]&gt;</c> that ASP.NET's
    /// <c>ValidationProblemDetails</c> and <c>Results.ValidationProblem</c> take. Each message is prefixed with its code.
    /// </summary>
    /// <param name="language">The language of the messages.</param>
    /// <param name="minimum">The least serious severity to include; errors only by default.</param>
    public Dictionary<string, string[]> ToProblemDetailsErrors(
        MessageLanguage language = MessageLanguage.English,
        ValidationSeverity minimum = ValidationSeverity.Error) =>
        Issues
            .Where(issue => issue.Severity <= minimum)
            .GroupBy(issue => issue.Path, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => group.Select(issue => issue.Code + ": " + issue.GetMessage(language)).ToArray(),
                StringComparer.Ordinal);

    /// <summary>Combines two results.</summary>
    public static ValidationResult operator +(ValidationResult left, ValidationResult right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Merge(right);
    }

    /// <summary>Named alternative to <c>+</c>.</summary>
    public static ValidationResult Add(ValidationResult left, ValidationResult right) => left + right;

    /// <summary>One line per issue, or "valid".</summary>
    public override string ToString() =>
        Issues.Count == 0 ? "valid" : string.Join(Environment.NewLine, Issues);
}
