A token from `kubectl create token` lets kubectl act as the service account: put it in a user
of the kubeconfig (`config set-credentials`), give a context that user, and RBAC decides what the
account may do. The kubeconfig file changes with each `config` command. A token expires (an
hour by default); then the apiserver answers 401. The admin's client certificate outranks a
`--token` given alongside it, so `--token` alone does not change who you are. Impersonating
someone (`--as`) needs RBAC's `impersonate`, which only the admin has here.
  $ kubectl create sa robot
  serviceaccount/robot created
  $ kubectl create role pod-reader --verb=get,list --resource=pods
  role.rbac.authorization.k8s.io/pod-reader created
  $ kubectl create rolebinding robot-reads --role=pod-reader --serviceaccount=default:robot
  rolebinding.rbac.authorization.k8s.io/robot-reads created
  $ kubectl config set-credentials robot --token=$(kubectl create token robot)
  User "robot" set.
  $ kubectl config set-context robot --cluster=tk8s --user=robot
  Context "robot" created.
  $ kubectl config get-contexts
  CURRENT   NAME                    CLUSTER   AUTHINFO           NAMESPACE
  *         kubernetes-admin@tk8s   tk8s      kubernetes-admin   
            robot                   tk8s      robot              
  $ kubectl --context=robot get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  $ kubectl --context=robot get deployments
  Error from server (Forbidden): deployments.apps is forbidden: User "system:serviceaccount:default:robot" cannot list resource "deployments" in API group "apps" in the namespace "default"
  $ kubectl --context=robot auth whoami
  ATTRIBUTE                                           VALUE
  Username                                            system:serviceaccount:default:robot
  UID                                                 7a56ddf8-b0ed-48d1-9008-a1faab5feb32
  Groups                                              [system:serviceaccounts system:serviceaccounts:default system:authenticated]
  Extra: authentication.kubernetes.io/credential-id   [JTI=1fd15915-7ac5-408e-9f4a-0d9658849ce8]
  $ kubectl --context=robot delete pod goweb
  Error from server (Forbidden): pods "goweb" is forbidden: User "system:serviceaccount:default:robot" cannot delete resource "pods" in API group "" in the namespace "default"
  $ kubectl --context=robot get pods --as=jane
  Error from server (Forbidden): users "jane" is forbidden: User "system:serviceaccount:default:robot" cannot impersonate resource "users" in API group "" at the cluster scope
  $ kubectl --token=$(kubectl create token robot) get deployments
  No resources found in default namespace.
  $ kubectl config view --minify --context=robot
  apiVersion: v1
  clusters:
  - cluster:
      certificate-authority-data: DATA+OMITTED
      server: https://172.22.0.1:6443
    name: tk8s
  contexts:
  - context:
      cluster: tk8s
      user: robot
    name: robot
  current-context: robot
  kind: Config
  preferences: {}
  users:
  - name: robot
    user:
      token: REDACTED
  $ grep -c "token: eyJ" ~/.kube/config
  1
  $ kubectl --user=robot --token=not.a.token get pods
  error: You must be logged in to the server (Unauthorized)
  $ kubectl --context=nowhere get pods
  Error in configuration: context was not found for specified context: nowhere
  $ kubectl --user=nobody get pods
  error: auth info "nobody" does not exist
  $ sleep 3600
  $ kubectl --context=robot get pods
  error: You must be logged in to the server (Unauthorized)
  $ kubectl config rename-context robot bot
  Context "robot" renamed to "bot".
  $ kubectl config delete-context bot
  deleted context bot from /home/bigred/.kube/config
  $ kubectl config delete-user robot
  deleted user robot from /home/bigred/.kube/config
  $ kubectl config delete-user robot
  error: cannot delete user robot, not in /home/bigred/.kube/config
  $ kubectl config set-credentials guest
  User "guest" set.
  $ kubectl --user=guest get pods
  Error from server (Forbidden): pods is forbidden: User "system:anonymous" cannot list resource "pods" in API group "" in the namespace "default"
  $ kubectl config get-users
  NAME
  guest
  kubernetes-admin
