using System.Buffers;

namespace DanVan.Domain.Administration;

/// <summary>
/// The hits of one search on pooled arrays, so a search allocates nothing but its result. Each hit is a unit index
/// and a rank (<see cref="SearchRank"/>); <see cref="Rank"/> keeps each unit's best hit and orders them, best first.
/// </summary>
internal struct SearchHits
{
    private long[] _items;
    private int _count;
    private bool _ranked;

    internal SearchHits(int capacity)
    {
        _items = ArrayPool<long>.Shared.Rent(capacity);
        _count = 0;
        _ranked = false;
    }

    internal readonly int Count => _count;

    internal void Add(int unit, int rank)
    {
        if (_count == _items.Length)
        {
            var larger = ArrayPool<long>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<long>.Shared.Return(_items);
            _items = larger;
        }

        _items[_count++] = ((long)unit << 16) | (uint)rank;
    }

    /// <summary>Keeps the best hit of each unit and orders them: higher rank first, then province before district before commune, then code.</summary>
    internal void Rank()
    {
        var items = _items.AsSpan(0, _count);
        items.Sort();
        var kept = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var unit = (int)(items[i] >> 16);
            if (i + 1 < items.Length && (int)(items[i + 1] >> 16) == unit)
            {
                continue; // the same unit again with a rank at least as good
            }

            // Unit indexes follow the catalog's order (level, then code), so the lower index wins a tie.
            items[kept++] = -(((long)(items[i] & 0xFFFF) << 32) | (uint)(int.MaxValue - unit));
        }

        _items.AsSpan(0, kept).Sort();
        _count = kept;
        _ranked = true;
    }

    /// <summary>The unit index of the <paramref name="i"/>th best hit (after <see cref="Rank"/>).</summary>
    internal readonly int UnitAt(int i)
    {
        Check();
        return int.MaxValue - (int)(uint)(-_items[i] & 0xFFFFFFFF);
    }

    /// <summary>The rank of the <paramref name="i"/>th best hit (after <see cref="Rank"/>).</summary>
    internal readonly int RankAt(int i)
    {
        Check();
        return (int)(-_items[i] >> 32);
    }

    public void Dispose()
    {
        ArrayPool<long>.Shared.Return(_items);
        _items = [];
        _count = 0;
    }

    private readonly void Check()
    {
        if (!_ranked)
        {
            throw new InvalidOperationException("Rank the hits first.");
        }
    }
}
