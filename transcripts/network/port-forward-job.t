`kubectl port-forward ... &` runs as a job: its `Forwarding from` lines come right after the
job's number, the forward lasts as long as the job, and kubectl says `Handling connection for
PORT` on the terminal for each connection it takes (before curl's own output, whether curl's
output goes to the terminal or down a pipe). `kill %1` ends it, after which nothing listens on
the port. kubectl stops its forwards on SIGINT and exits 0, so `fg` then Ctrl-C ends one
cleanly; a forward that fails to start is an `Exit 1` job.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl expose deployment web --port=80
  service/web exposed
  $ sleep 20
  $ kubectl port-forward svc/web 8080:80 &
  [1] 2482
  Forwarding from 127.0.0.1:8080 -> 80
  Forwarding from [::1]:8080 -> 80
  $ curl -s localhost:8080 | grep title
  Handling connection for 8080
  <title>Welcome to nginx!</title>
  $ curl -sI http://127.0.0.1:8080/ | head -1
  Handling connection for 8080
  HTTP/1.1 200 OK
  $ jobs
  [1]+  Running                 kubectl port-forward svc/web 8080:80 &
  $ kill %1
  $ curl localhost:8080
  curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
  [1]+  Terminated              kubectl port-forward svc/web 8080:80
  $ kubectl port-forward deploy/web 8080:80 &
  [1] 2483
  Forwarding from 127.0.0.1:8080 -> 80
  Forwarding from [::1]:8080 -> 80
  $ kubectl port-forward pod/missing 9090:80 &
  [2] 2484
  Error from server (NotFound): pods "missing" not found
  $ jobs
  [1]-  Running                 kubectl port-forward deploy/web 8080:80 &
  [2]+  Exit 1                  kubectl port-forward pod/missing 9090:80
  $ fg %1
  > ^C
  kubectl port-forward deploy/web 8080:80
  $ echo $?
  0
  $ curl -sS localhost:8080
  curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
  $ kubectl port-forward deploy/web :80 &
  [1] 2485
  Forwarding from 127.0.0.1:40000 -> 80
  Forwarding from [::1]:40000 -> 80
  $ disown
  $ jobs
  $ curl -so /dev/null -w '%{http_code}\n' localhost:40000
  Handling connection for 40000
  200
