#!/usr/bin/env bash
# The main job: start the sample host (gRPC on HTTP/2, JSON on HTTP/1.1, SQLite store), wait until it serves,
# issue development tokens with the host's key, run the client's demo on the corpus examples as the school's staff,
# show who may read and change what (no token, another school, the district office), approval and history, and the
# same service over JSON (ETag, If-Match, a PATCH with an update mask), then stop the host.
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
caitien="dotnet samples/CaiTien.Client/bin/Release/net10.0/caitien.dll"
client="$caitien --address http://localhost:$grpc_port"
school=thcs-ton-that-tung

# The host signs tokens with the key in $data/signing.key (created on first run); the school is in district 006 of Hà Nội (01).
echo "Starting the host: gRPC http://localhost:$grpc_port, JSON http://localhost:$http_port, store $data/caitien.db"
dotnet "$host_dir/CaiTien.GrpcHost.dll" --contentRoot "$host_dir" --CaiTien:DatabasePath="$data/caitien.db" \
  --CaiTien:Schools:$school=01/006 \
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

echo
echo "== Tokens: caitien token --role school --school $school --key-file $data/signing.key"
staff=$($caitien token --role school --school $school --subject "hieu-pho@$school" --key-file "$data/signing.key")
echo "${staff:0:40}… (a JWT signed with the host's key)"
CAITIEN_TOKEN="$staff" $client demo

plan="schools/$school/plans/kh-100-kh-ttt"
echo
echo "== Who may read the plan"
echo "-- without a token:"
$client plans "schools/$school" || true
echo "-- as the staff of another school:"
$client --token "$($caitien token --role school --school thcs-khac --key-file "$data/signing.key")" plans "schools/$school" || true
echo "-- as the district office (Phòng GD&ĐT 01/006), which reads its schools:"
officer=$($caitien token --role officer --jurisdiction 01/006 --subject "phong-gd@01-006" --key-file "$data/signing.key")
$client --token "$officer" plans "schools/$school"

if command -v curl >/dev/null 2>&1; then
  json="http://localhost:$http_port"
  echo
  echo "== The same service over HTTP/JSON: an ETag, then a PATCH of one field with If-Match and an update mask"
  etag=$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $staff" "$json/v1/$plan" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: *//p')
  echo "GET /v1/$plan → ETag: $etag"
  curl -sS -X PATCH -H "Authorization: Bearer $staff" -H 'Content-Type: application/json' -H "If-Match: $etag" \
    "$json/v1/$plan?updateMask=schoolName" -d '{"schoolName": "Trường THCS Tôn Thất Tùng (Đống Đa)"}' \
    | python3 -c 'import json,sys; p=json.load(sys.stdin); print("PATCH schoolName →", p.get("schoolName") or p, "| groups kept:", len(p.get("groups", [])), "| etag", p.get("etag"))'
  echo "curl $json/v1/timeframes:parse (open: no token)"
  curl -sS -H 'Content-Type: application/json' -X POST "$json/v1/timeframes:parse" \
    -d '{"text": "Từ tháng 9/2026 và thường xuyên", "schoolYear": "2026-2027"}'
  echo
fi

echo
echo "== Approval (ký ban hành) and history"
$client --token "$staff" approve "$plan" || true
$client --token "$officer" history "$plan"
echo
echo "Host log (no document contents are logged): $data/host.log"
tail -n 5 "$data/host.log"
