#!/usr/bin/env bash
# The main job: start the sample host (gRPC on HTTP/2, JSON on HTTP/1.1, SQLite store), wait until it serves,
# run the client's demo on the corpus examples, show one JSON call, then stop the host.
#   CAITIEN_DATA        folder for the SQLite file (default: a new temporary folder)
#   CAITIEN_GRPC_PORT   default 5051;  CAITIEN_HTTP_PORT   default 5050
set -euo pipefail
cd "$(dirname "$0")/.."
grpc_port="${CAITIEN_GRPC_PORT:-5051}"
http_port="${CAITIEN_HTTP_PORT:-5050}"
data="${CAITIEN_DATA:-$(mktemp -d)}"

echo "Building the host and the client…"
dotnet build samples/CaiTien.GrpcHost/CaiTien.GrpcHost.csproj -c Release --nologo -v q >/dev/null
dotnet build samples/CaiTien.Client/CaiTien.Client.csproj -c Release --nologo -v q >/dev/null
host_dir="$PWD/samples/CaiTien.GrpcHost/bin/Release/net10.0"
client="dotnet samples/CaiTien.Client/bin/Release/net10.0/caitien.dll --address http://localhost:$grpc_port"

echo "Starting the host: gRPC http://localhost:$grpc_port, JSON http://localhost:$http_port, store $data/caitien.db"
dotnet "$host_dir/CaiTien.GrpcHost.dll" --contentRoot "$host_dir" --CaiTien:DatabasePath="$data/caitien.db" \
  --Kestrel:Endpoints:Grpc:Url="http://localhost:$grpc_port" --Kestrel:Endpoints:Json:Url="http://localhost:$http_port" \
  > "$data/host.log" 2>&1 &
host_pid=$!
trap 'kill $host_pid 2>/dev/null || true; wait $host_pid 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  if $client health >/dev/null 2>&1; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "The host stopped:"; cat "$data/host.log"; exit 1; fi
  sleep 1
done
$client health

$client demo

if command -v curl >/dev/null 2>&1; then
  echo
  echo "== The same service over HTTP/JSON: curl http://localhost:$http_port/v1/timeframes:parse"
  curl -sS -H 'Content-Type: application/json' -X POST "http://localhost:$http_port/v1/timeframes:parse" \
    -d '{"text": "Từ tháng 9/2026 và thường xuyên", "schoolYear": "2026-2027"}'
  echo
fi
echo
echo "Host log (no document contents are logged): $data/host.log"
tail -n 5 "$data/host.log"
