using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>The running sums of one result cell (metric, period, organization kind, unit).</summary>
internal struct Accumulator
{
    public decimal Sum;
    public decimal Denominator;
    public int Count;
    public int Estimated;
    public int Qualified;
    public int Provisional;
    public int QualifierMask;

    public void Add(decimal value, decimal denominator, byte meta, bool estimated)
    {
        Sum += value;
        Denominator += denominator;
        Count++;
        var qualifier = ObservationColumns.QualifierOf(meta);
        if (qualifier != NumberQualifier.Exact)
        {
            Qualified++;
            QualifierMask |= 1 << (int)qualifier;
        }

        if (ObservationColumns.IsProvisional(meta))
        {
            Provisional++;
        }

        if (estimated)
        {
            Estimated++;
        }
    }

    /// <summary>The qualifier of a sum of figures with these qualifiers (see <see cref="Aggregate.Qualifier"/>).</summary>
    public readonly NumberQualifier CombinedQualifier()
    {
        const int lower = (1 << (int)NumberQualifier.MoreThan) | (1 << (int)NumberQualifier.AtLeast);
        const int upper = (1 << (int)NumberQualifier.LessThan) | (1 << (int)NumberQualifier.AtMost) | (1 << (int)NumberQualifier.Nearly);
        var mask = QualifierMask;
        if (mask == 0)
        {
            return NumberQualifier.Exact;
        }

        if ((mask & ~lower) == 0)
        {
            return (mask & (1 << (int)NumberQualifier.MoreThan)) != 0 ? NumberQualifier.MoreThan : NumberQualifier.AtLeast;
        }

        if ((mask & ~upper) == 0)
        {
            // "Gần" alone stays "gần"; with "tối đa" only the weaker "at most" still holds.
            return (mask & (1 << (int)NumberQualifier.LessThan)) != 0 ? NumberQualifier.LessThan
                : (mask & (1 << (int)NumberQualifier.AtMost)) != 0 ? NumberQualifier.AtMost : NumberQualifier.Nearly;
        }

        return NumberQualifier.About;
    }
}
