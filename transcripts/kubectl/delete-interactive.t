delete -i lists what it would delete and asks; only y (either case) goes on. An object that is
not found stops it before the question unless --ignore-not-found.
  $ kubectl run a --image=nginx
  pod/a created
  $ kubectl run b --image=nginx
  pod/b created
  $ echo n | kubectl delete pod a b -i
  You are about to delete the following 2 resource(s):
  pod/a
  pod/b
  Do you want to continue? (y/n): deletion is cancelled
  $ echo y | kubectl delete pod a b nope --interactive
  Error from server (NotFound): pods "nope" not found
  $ kubectl delete pod nope -i --ignore-not-found
  No resources found
  $ printf '\n  Y\n' | kubectl delete pod a b -i --wait=false
  You are about to delete the following 2 resource(s):
  pod/a
  pod/b
  Do you want to continue? (y/n): pod "a" deleted
  pod "b" deleted
  $ kubectl get pods a b
  NAME   READY   STATUS        RESTARTS   AGE
  a      0/1     Terminating   0          0s
  b      0/1     Terminating   0          0s
