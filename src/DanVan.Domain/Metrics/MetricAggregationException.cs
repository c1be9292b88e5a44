using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Thrown when an aggregation is asked for something it must not do: adding up a metric that is never added (a score,
/// a grade), or a metric the catalog does not define. It carries the <see cref="ValidationIssue"/> with code and
/// Vietnamese message.
/// </summary>
public sealed class MetricAggregationException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="issue"/>.</summary>
    public MetricAggregationException(ValidationIssue issue)
        : base(issue?.EnglishMessage)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Issue = issue;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public MetricAggregationException()
        : this("The aggregation is not allowed.")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public MetricAggregationException(string? message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public MetricAggregationException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        Issue = AggregationIssues.NotAllowed.Create(string.Empty, null, new IssueArgument("reason", message ?? string.Empty));
    }

    /// <summary>Why the aggregation was refused.</summary>
    public ValidationIssue Issue { get; }
}
