using System.Globalization;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>How observations are named in issue messages: the period, values in English and Vietnamese, kinds in words.</summary>
internal static class ObservationText
{
    /// <summary>The period in its canonical text, as files write it: "2021", "2021-Q3", "2011-01-01/2020-03-26".</summary>
    public static string Period(ReportingPeriod period) => period.ToString();

    /// <summary>An interval of days as ISO 8601, "2021-01-01/2021-06-30"; an end beyond the ISO calendar's range stands at its limit.</summary>
    public static string Interval(LocalDate start, LocalDate end) => LocalDateJsonConverter.Format(start) + "/" + LocalDateJsonConverter.Format(end);

    /// <summary>A value the English way ("1170000", "79.63"), long fractions cut to four places.</summary>
    public static string English(decimal value) => Shown(value).ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A value the Vietnamese way ("1.170.000", "79,63").</summary>
    public static string Vietnamese(decimal value) => VietnameseNumber.Format(Shown(value));

    /// <summary>A figure with its qualifier, English: "more than 700".</summary>
    public static string English(decimal value, NumberQualifier qualifier) => qualifier switch
    {
        NumberQualifier.MoreThan => "more than " + English(value),
        NumberQualifier.LessThan => "less than " + English(value),
        NumberQualifier.Nearly => "nearly " + English(value),
        NumberQualifier.About => "about " + English(value),
        NumberQualifier.AtLeast => "at least " + English(value),
        NumberQualifier.AtMost => "at most " + English(value),
        _ => English(value),
    };

    /// <summary>A figure with its qualifier, Vietnamese: "hơn 700".</summary>
    public static string Vietnamese(decimal value, NumberQualifier qualifier) =>
        NumberQualifierWords.MainWord(qualifier) is { Length: > 0 } word ? word + " " + Vietnamese(value) : Vietnamese(value);

    /// <summary>The kind in English words: "count", "rate".</summary>
    public static string Kind(MetricKind kind) => kind switch
    {
        MetricKind.Count => "count",
        MetricKind.Amount => "amount",
        MetricKind.Rate => "rate",
        MetricKind.Coverage => "coverage",
        MetricKind.Score => "score",
        _ => "grade",
    };

    /// <summary>The kind in Vietnamese words: "số lượng", "tỷ lệ".</summary>
    public static string KindVietnamese(MetricKind kind) => kind switch
    {
        MetricKind.Count => "số lượng",
        MetricKind.Amount => "số tiền, khối lượng",
        MetricKind.Rate => "tỷ lệ",
        MetricKind.Coverage => "độ bao phủ",
        MetricKind.Score => "điểm chấm",
        _ => "xếp loại",
    };

    // Percentages made from parts carry 26 decimals; four are enough to read.
    private static decimal Shown(decimal value) => value.Scale > 4 ? Math.Round(value, 4, MidpointRounding.AwayFromZero) : value;
}
