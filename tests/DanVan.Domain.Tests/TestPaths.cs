using System.Reflection;

namespace DanVan.Domain.Tests;

/// <summary>Where the repository and the shared data are; the test project records both at build time.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("DanVanRepositoryRoot");

    public static string SharedDirectory { get; } = Metadata("DanVanSharedDirectory");

    /// <summary>A file under ../shared, failing with a clear message when the folder is not beside the repository.</summary>
    public static string Shared(string relativePath)
    {
        var path = Path.Combine(SharedDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Shared data file '{relativePath}' not found at '{path}'. The shared folder is expected beside the repository (../shared).", path);
        }

        return path;
    }

    public static string Repository(string relativePath) => Path.Combine(RepositoryRoot, relativePath);

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
