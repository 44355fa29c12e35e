curl's data options as they reach the apiserver through kubectl proxy: -d drops a file's line
ends and joins several parts with &, --data-binary sends a file as it is, --data-raw takes @
literally, @- reads standard input, --json sets both JSON headers, -T sends a file with a PUT.
-v shows the request as sent; a missing file, a missing parameter or -I with a body is curl's
own error.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ cat > cm.json <<'EOF'
  > {"apiVersion": "v1", "kind": "ConfigMap",
  >  "metadata": {"name": "settings"},
  >  "data": {"mode": "fast"}}
  > EOF
  $ curl -v -X POST -H 'Content-Type: application/json' -d @cm.json localhost:8001/api/v1/namespaces/default/configmaps -o /dev/null
  Note: Unnecessary use of -X or --request, POST is already inferred.
    % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current
                                   Dload  Upload   Total   Spent    Left  Speed
    0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0* Host localhost:8001 was resolved.
  * IPv6: ::1
  * IPv4: 127.0.0.1
  *   Trying [::1]:8001...
  * connect to ::1 port 8001 from ::1 port 46902 failed: Connection refused
  *   Trying 127.0.0.1:8001...
  * Connected to localhost (127.0.0.1) port 8001
  * using HTTP/1.x
  > POST /api/v1/namespaces/default/configmaps HTTP/1.1
  > Host: localhost:8001
  > User-Agent: curl/8.12.1
  > Accept: */*
  > Content-Type: application/json
  > Content-Length: 101
  > 
  * upload completely sent off: 101 bytes
  < HTTP/1.1 201 Created
  < Audit-Id: 232277c0-287e-45a3-81fc-48e0ebc54516
  < Cache-Control: no-cache, private
  < Content-Length: 603
  < Content-Type: application/json
  < Date: Wed, 23 Apr 2025 07:25:00 GMT
  < X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  < X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  < 
  100   603  100   603  100   101   588k    98k --:--:-- --:--:-- --:--:--  588k
  * Connection #0 to host localhost left intact
  $ curl -s -X DELETE localhost:8001/api/v1/namespaces/default/configmaps/settings -o /dev/null -w '%{http_code}\n'
  200
  $ curl -sv -H 'Content-Type: application/json' --data-binary @cm.json localhost:8001/api/v1/namespaces/default/configmaps -o /dev/null 2>&1 | grep -n '^>'
  9:> POST /api/v1/namespaces/default/configmaps HTTP/1.1
  10:> Host: localhost:8001
  11:> User-Agent: curl/8.12.1
  12:> Accept: */*
  13:> Content-Type: application/json
  14:> Content-Length: 104
  15:> 
  $ curl -s -H 'Content-Type: application/json' -d '{"a":1}' -d '{"b":2}' localhost:8001/api/v1/namespaces/default/configmaps | grep message
    "message": "the object provided is unrecognized (must be of type ConfigMap): couldn't get version/kind; json parse error: invalid character '\u0026' after top-level value ({\"a\":1}\u0026{\"b\":2})",
  $ curl -s -H 'Content-Type: application/json' --data-raw @cm.json localhost:8001/api/v1/namespaces/default/configmaps | grep message
    "message": "the object provided is unrecognized (must be of type ConfigMap): couldn't get version/kind; json parse error: invalid character '@' looking for beginning of value (40636d2e6a736f6e)",
  $ sed 's/fast/slow/' cm.json | curl -s -X PUT --json @- localhost:8001/api/v1/namespaces/default/configmaps/settings | grep -A2 '"data"'
    "data": {
      "mode": "slow"
    }
  $ curl -sv --json '{}' localhost:8001/api/v1/namespaces/default/configmaps -o /dev/null 2>&1 | grep -n '^> [A-Z]'
  9:> POST /api/v1/namespaces/default/configmaps HTTP/1.1
  10:> Host: localhost:8001
  11:> User-Agent: curl/8.12.1
  12:> Content-Type: application/json
  13:> Accept: application/json
  14:> Content-Length: 2
  $ curl -s -d @missing.json localhost:8001/api/v1/namespaces/default/configmaps
  curl: option -d: error encountered when reading a file
  curl: try 'curl --help' or 'curl --manual' for more information
  $ echo $?
  26
  $ curl -d @missing.json localhost:8001/api/v1/namespaces/default/configmaps
  curl: Failed to open missing.json
  curl: option -d: error encountered when reading a file
  curl: try 'curl --help' or 'curl --manual' for more information
  $ curl localhost:8001/api/v1/namespaces/default/configmaps -d
  curl: option -d: requires parameter
  curl: try 'curl --help' or 'curl --manual' for more information
  $ echo $?
  2
  $ curl -I -d @cm.json localhost:8001/api/v1/namespaces/default/configmaps
  Warning: You can only select one HTTP request method! You asked for both POST 
  Warning: (-d, --data) and HEAD (-I, --head).
  $ echo $?
  2
  $ curl -X
  curl: option -X: requires parameter
  curl: try 'curl --help' or 'curl --manual' for more information
  $ curl -sv -T cm.json localhost:8001/api/v1/namespaces/default/configmaps/settings 2>&1 | grep -n -e '^> [A-Z]' -e '"mode"'
  9:> PUT /api/v1/namespaces/default/configmaps/settings HTTP/1.1
  10:> Host: localhost:8001
  11:> User-Agent: curl/8.12.1
  12:> Accept: */*
  13:> Content-Length: 104
  54:    "mode": "fast"
  $ curl -T nothing.json localhost:8001/api/v1/namespaces/default/configmaps/settings
  curl: cannot open 'nothing.json'
  curl: try 'curl --help' or 'curl --manual' for more information
  $ echo $?
  26
  $ curl -s -X DELETE localhost:8001/api/v1/namespaces/default/configmaps/settings | grep -c settings
  1
  $ kill %1
