using System.Threading.Tasks;
using CaiTien.Domain.Frameworks;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Grpc.Core;
using NodaTime;

namespace CaiTien.GrpcHost.Services;

internal sealed class CatalogGrpcService : CatalogService.CatalogServiceBase
{
    public override Task<ListFrameworksResponse> ListFrameworks(ListFrameworksRequest request, ServerCallContext context)
    {
        var v = new Violations();
        FrameworkView view = View(request.View, "view", v);
        v.ThrowIfAny();
        var response = new ListFrameworksResponse();
        foreach (FrameworkVersion f in FrameworkCatalog.Default.Frameworks)
        {
            response.Frameworks.Add(ProtoMapper.ToProto(f, view));
        }
        return Task.FromResult(response);
    }

    public override Task<Framework> GetFramework(GetFrameworkRequest request, ServerCallContext context)
    {
        var v = new Violations();
        FrameworkView view = View(request.View, "view", v);
        FrameworkVersion? f = ProtoMapper.ToFramework(request.Name, "name", v, null);
        v.ThrowIfAny();
        return Task.FromResult(ProtoMapper.ToProto(f!, view));
    }

    public override Task<V1.Criterion> GetCriterion(GetCriterionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        int at = request.Name.IndexOf("/criteria/", System.StringComparison.Ordinal);
        FrameworkVersion? f = at > 0 ? ProtoMapper.ToFramework(request.Name.Substring(0, at), "name", v, null) : null;
        if (at <= 0)
        {
            v.Add("name", "Tên tiêu chí dạng frameworks/{framework}/criteria/{id}", "A criterion name is frameworks/{framework}/criteria/{id}");
        }
        v.ThrowIfAny();
        var id = CriterionId.Parse(request.Name.Substring(at + 10));
        Domain.Frameworks.Criterion? c = id.Success ? f!.FindCriterion(id.Value) : null;
        if (c is null)
        {
            throw RpcErrors.NotFound(request.Name);
        }
        return Task.FromResult(ProtoMapper.ToProto(f!, c, withIndicators: true));
    }

    public override Task<Framework> FindFrameworkInForce(FindFrameworkInForceRequest request, ServerCallContext context)
    {
        var v = new Violations();
        LocalDate? date = ProtoMapper.ToDate(request.Date, "date", v);
        if (date is null && !v.Any)
        {
            v.Add("date", "Thiếu ngày", "The date is required");
        }
        Domain.Frameworks.SchoolType? type = EnumMaps.SchoolTypes.ToDomain(request.SchoolType);
        if (type is null or Domain.Frameworks.SchoolType.Unspecified)
        {
            v.Add("school_type", "Thiếu hoặc sai loại trường", "The school type is missing or invalid");
        }
        FrameworkView view = View(request.View, "view", v);
        v.ThrowIfAny();
        FrameworkVersion f = FrameworkCatalog.Default.FindInForce(date.GetValueOrDefault(), type.GetValueOrDefault())
            ?? throw RpcErrors.NotFound($"frameworks:inForce?date={date:yyyy-MM-dd}");
        return Task.FromResult(ProtoMapper.ToProto(f, view));
    }

    private static FrameworkView View(FrameworkView view, string field, Violations v)
    {
        if (!System.Enum.IsDefined(view))
        {
            v.Add(field, "Kiểu hiển thị không hợp lệ", "Invalid view");
        }
        return view == FrameworkView.Unspecified ? FrameworkView.Basic : view;
    }
}
