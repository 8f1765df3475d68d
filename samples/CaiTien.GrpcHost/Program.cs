using CaiTien.Domain.Frameworks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

// The sample host. The gRPC services, the store and JSON transcoding arrive with the service issue;
// today it answers a health probe and a catalog summary so the process shape is already real.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
WebApplication app = builder.Build();
app.MapGet("/healthz", () => Results.Text("Healthy"));
app.MapGet("/v1/frameworks", () =>
{
    FrameworkVersion f = KnownFrameworks.Tt18;
    return Results.Json(new[] { new { id = f.Id.Value, document = f.LegalDocument, standards = f.Standards.Count, criteria = f.Criteria.Count } });
});
app.Run();

/// <summary>Entry point, visible to the in-process tests.</summary>
public partial class Program
{
}
