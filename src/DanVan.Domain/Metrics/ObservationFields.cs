using System.Text;
using System.Text.Json;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>The fields of an observation in JSON and CSV, in the order they are written: property names and header.</summary>
internal static class ObservationField
{
    public const int Metric = 0;
    public const int Unit = 1;
    public const int UnitDate = 2;
    public const int Organization = 3;
    public const int Period = 4;
    public const int Value = 5;
    public const int Numerator = 6;
    public const int Denominator = 7;
    public const int Qualifier = 8;
    public const int Status = 9;
    public const int Source = 10;
    public const int UnitOfMeasure = 11;

    public static readonly string[] Names =
        ["metric", "unit", "unitDate", "organization", "period", "value", "numerator", "denominator", "qualifier", "status", "source", "unitOfMeasure"];

    public static readonly byte[][] Utf8Names = [.. Names.Select(Encoding.UTF8.GetBytes)];

    public static readonly JsonEncodedText[] EncodedNames = [.. Names.Select(name => JsonEncodedText.Encode(name))];
}

/// <summary>
/// One observation as its flat fields, the shape of a JSON object and of a CSV row: the readers fill it, check it once
/// (<see cref="Check"/>), then add it to a builder without making an <see cref="Observation"/>.
/// </summary>
internal struct ObservationFields
{
    public MetricCode Metric;
    public UnitCode Unit;
    public LocalDate? UnitDate;
    public OrganizationId Organization;
    public ReportingPeriod Period;
    public decimal? Value;
    public decimal? Numerator;
    public decimal? Denominator;
    public NumberQualifier Qualifier;
    public ObservationStatus Status;
    public string? Source;
    public UnitOfMeasure? Measure;

    public readonly ObservationSubject Subject =>
        ObservationSubject.Of(Unit.IsDefault ? null : Unit, UnitDate, Organization.IsDefault ? null : Organization);

    /// <summary>What is wrong with the fields as a whole, and the field it concerns; <see cref="FieldsProblem.None"/> when they make an observation.</summary>
    public readonly (FieldsProblem Problem, int Field) Check()
    {
        if (Metric.IsDefault)
        {
            return (FieldsProblem.Required, ObservationField.Metric);
        }

        if (Period.IsDefault)
        {
            return (FieldsProblem.Required, ObservationField.Period);
        }

        if (Unit.IsDefault && Organization.IsDefault)
        {
            return (FieldsProblem.NoSubject, ObservationField.Unit);
        }

        if (UnitDate.HasValue && Unit.IsDefault)
        {
            return (FieldsProblem.UnitDateWithoutUnit, ObservationField.UnitDate);
        }

        if (Numerator.HasValue || Denominator.HasValue)
        {
            if (Value.HasValue || !Numerator.HasValue || !Denominator.HasValue)
            {
                return (FieldsProblem.ValueAndParts, Numerator.HasValue ? ObservationField.Denominator : ObservationField.Numerator);
            }

            if (Numerator < 0m || Denominator < 0m)
            {
                return (FieldsProblem.NegativePart, Numerator < 0m ? ObservationField.Numerator : ObservationField.Denominator);
            }

            return !StoredDecimal.TrySplit(Numerator.Value, out _, out _) ? (FieldsProblem.TooManyDigits, ObservationField.Numerator)
                : !StoredDecimal.TrySplit(Denominator.Value, out _, out _) ? (FieldsProblem.TooManyDigits, ObservationField.Denominator)
                : (FieldsProblem.None, 0);
        }

        if (!Value.HasValue)
        {
            return (FieldsProblem.NoValue, ObservationField.Value);
        }

        return StoredDecimal.TrySplit(Value.Value, out _, out _) ? (FieldsProblem.None, 0) : (FieldsProblem.TooManyDigits, ObservationField.Value);
    }

    /// <summary>Adds the checked fields to <paramref name="builder"/>.</summary>
    public readonly void AddTo(ObservationSetBuilder builder)
    {
        if (Denominator is { } denominator)
        {
            builder.AddRatio(Metric, Subject, Period, Numerator!.Value, denominator, Qualifier, Status, Source, Measure);
        }
        else
        {
            builder.Add(Metric, Subject, Period, Value!.Value, Qualifier, Status, Source, Measure);
        }
    }

    /// <summary>The checked fields as an observation.</summary>
    public readonly Observation ToObservation() => Denominator is { } denominator
        ? Observation.Ratio(Metric, Subject, Period, Numerator!.Value, denominator, Qualifier, Status, Source, Measure)
        : new Observation(Metric, Subject, Period, Value!.Value, Qualifier, Status, Source, Measure);

    /// <summary>The English message of a <see cref="Check"/> problem, for JSON errors.</summary>
    public static string Message(FieldsProblem problem, int field) => problem switch
    {
        FieldsProblem.Required => $"'{ObservationField.Names[field]}' is required.",
        FieldsProblem.NoSubject => "An observation needs a 'unit', an 'organization', or both.",
        FieldsProblem.UnitDateWithoutUnit => "'unitDate' needs a 'unit'.",
        FieldsProblem.ValueAndParts => "Give either a 'value' or both a 'numerator' and a 'denominator'.",
        FieldsProblem.NegativePart => $"'{ObservationField.Names[field]}' of a ratio cannot be negative.",
        FieldsProblem.TooManyDigits => $"'{ObservationField.Names[field]}' has more than 18 significant digits; observations keep at most 18.",
        _ => "An observation needs a 'value', or a 'numerator' and a 'denominator'.",
    };
}

/// <summary>What <see cref="ObservationFields.Check"/> found.</summary>
internal enum FieldsProblem
{
    None,
    Required,
    NoSubject,
    UnitDateWithoutUnit,
    NoValue,
    ValueAndParts,
    NegativePart,
    TooManyDigits,
}
