The global --username, --password, --certificate-authority and --tls-server-name override the
kubeconfig's user and cluster as clientcmd merges them, then ConfirmUsable checks the result:
basic credentials beside a token are refused, an authority file must open (--insecure-skip-tls-verify
does not excuse one given), and several problems come together. The apiserver reads no basic
credentials, so beside the admin's certificate they change nothing. Checked against kubectl.1.32
with the lab's kubeconfig.
  $ kubectl get ns default -o name --username=u
  namespace/default
  $ kubectl get ns default -o name --password=p
  namespace/default
  $ kubectl get ns default -o name --username=u --token=t
  error: more than one authentication method found for kubernetes-admin; found [token basicAuth], only one is allowed
  $ kubectl get ns default -o name --certificate-authority=/nope
  error: unable to read certificate-authority /nope for tk8s due to open /nope: no such file or directory
  $ kubectl get ns default -o name --certificate-authority=/nope --username=a --token=b
  Error in configuration: 
  * more than one authentication method found for kubernetes-admin; found [token basicAuth], only one is allowed
  * unable to read certificate-authority /nope for tk8s due to open /nope: no such file or directory
  $ kubectl get ns default -o name --certificate-authority=/nope --insecure-skip-tls-verify
  error: unable to read certificate-authority /nope for tk8s due to open /nope: no such file or directory
  $ kubectl get ns default -o name --certificate-authority= --tls-server-name=kubernetes
  namespace/default
  $ kubectl get ns default -o name --insecure-skip-tls-verify
  namespace/default
  $ kubectl config set-credentials robot --token=abc
  User "robot" set.
  $ kubectl get ns default -o name --user=robot --username=x
  error: more than one authentication method found for robot; found [token basicAuth], only one is allowed
  $ kubectl get ns default -o name --user=robot --password=x --client-certificate=/nope
  Error in configuration: 
  * client-key-data or client-key must be specified for robot to use the clientCert authentication method.
  * unable to read client-cert /nope for robot due to open /nope: no such file or directory
  * more than one authentication method found for robot; found [token basicAuth], only one is allowed
  $ kubectl config set-cluster tk8s --certificate-authority=/nope
  Cluster "tk8s" set.
  $ kubectl get ns default -o name
  error: unable to read certificate-authority /nope for tk8s due to open /nope: no such file or directory
  $ kubectl get ns default -o name --insecure-skip-tls-verify
  namespace/default
