namespace DanVan.Domain.Regulations;

/// <summary>
/// Collects regulations for a <see cref="RegulationCatalog"/>. Mutable and not thread-safe: build on one thread,
/// then share the immutable catalog.
/// </summary>
/// <example>
/// <code>
/// var catalog = RegulationCatalog.Default.ToBuilder()
///     .Add(new Regulation(DocumentNumber.Parse("70/KH-UBND"), DocumentKind.Plan, "Ủy ban nhân dân huyện Lập Thạch",
///          "Kế hoạch thực hiện công tác dân vận chính quyền năm 2022", new LocalDate(2022, 1, 10)))
///     .Build();
/// </code>
/// </example>
public sealed class RegulationCatalogBuilder
{
    private readonly Dictionary<RegulationKey, Regulation> _regulations = [];

    internal RegulationCatalogBuilder(IEnumerable<Regulation>? regulations = null)
    {
        foreach (var regulation in regulations ?? [])
        {
            Add(regulation);
        }
    }

    /// <summary>The number of regulations collected so far.</summary>
    public int Count => _regulations.Count;

    /// <summary>Adds <paramref name="regulation"/>.</summary>
    /// <exception cref="ArgumentException">A regulation with the same number and issue date is already there; use <see cref="Set"/> to replace it.</exception>
    public RegulationCatalogBuilder Add(Regulation regulation)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        if (!_regulations.TryAdd(regulation.Key, regulation))
        {
            throw new ArgumentException($"The catalog already holds {regulation.Key}.", nameof(regulation));
        }

        return this;
    }

    /// <summary>Adds <paramref name="regulation"/>, replacing one with the same number and issue date.</summary>
    public RegulationCatalogBuilder Set(Regulation regulation)
    {
        ArgumentNullException.ThrowIfNull(regulation);
        _regulations[regulation.Key] = regulation;
        return this;
    }

    /// <summary>Removes the regulation with <paramref name="key"/>; true when there was one.</summary>
    public bool Remove(RegulationKey key) => _regulations.Remove(key);

    /// <summary>The immutable catalog of what was collected. The builder can go on being used.</summary>
    public RegulationCatalog Build() => new(_regulations.Values.ToArray());
}
