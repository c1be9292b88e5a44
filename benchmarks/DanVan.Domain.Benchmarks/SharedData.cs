using System.Reflection;
using System.Text.Json;

namespace DanVan.Domain.Benchmarks;

/// <summary>Reads the shared source data beside the repository (recorded at build time), never a copy.</summary>
internal static class SharedData
{
    private static string Directory { get; } =
        typeof(SharedData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "DanVanSharedDirectory").Value!;

    /// <summary>The 10,035 commune names of the 2025-03-01 list (three levels), in file order.</summary>
    public static IReadOnlyList<string> CommuneNames2025()
    {
        var path = Path.Combine(Directory, "data", "admin-units", "units-2025-03-01.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .SelectMany(province => province.GetProperty("District").EnumerateArray())
            .Where(district => district.GetProperty("Ward").ValueKind == JsonValueKind.Array)
            .SelectMany(district => district.GetProperty("Ward").EnumerateArray())
            .Select(ward => ward.GetProperty("FullName").GetString()!)
            .ToList();
    }

    /// <summary>The text of a seed article (../shared/seeds), e.g. <c>001_546b4ca9ae962e86.txt</c>.</summary>
    public static string Seed(string file) => File.ReadAllText(Path.Combine(Directory, "seeds", file));
}
