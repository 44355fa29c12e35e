kubectl config set-credentials writes an auth provider (its arguments set as key=value, removed
as key-) and an exec credential plugin (command, API version, arguments, environment,
interactive mode, cluster info) as clientcmd's modifyAuthInfo does; the --exec-* flags change
only a plugin that exists. Checked against kubectl.1.32 with --kubeconfig and config view.
  $ kubectl config set-credentials a --exec-command=aws
  User "a" set.
  $ kubectl config set-credentials b --auth-provider=oidc --auth-provider-arg=client-id=x,idp=y --auth-provider-arg=z=1
  User "b" set.
  $ kubectl config set-credentials c --exec-command=gke --exec-api-version=client.authentication.k8s.io/v1beta1 --exec-arg=a,b --exec-arg=c --exec-env=K=v --exec-env=L=w --exec-interactive-mode=Never --exec-provide-cluster-info
  User "c" set.
  $ kubectl config set-credentials b --auth-provider-arg=client-id-,c=3
  User "b" set.
  $ kubectl config set-credentials d --auth-provider-arg=a=1
  User "d" set.
  $ kubectl config set-credentials d --exec-arg=x --exec-env=A=b --exec-api-version=v
  User "d" set.
  $ kubectl config set-credentials c --exec-command=y --exec-env=K- --exec-env=C=3 --exec-env=L=5
  User "c" set.
  $ kubectl config set-credentials e --exec-command=x --exec-env=A- --exec-arg=
  User "e" set.
  $ kubectl config set-credentials e --auth-provider=gcp
  User "e" set.
  $ kubectl config set-credentials e --token=t --username=u
  error: you cannot specify more than one authentication method at the same time: --token, --username/--password
  $ kubectl config set-credentials e --token=t --exec-interactive-mode=bad
  error: invalid interactive mode type, can be only IfAvailable, Never, Always
  $ kubectl config set-credentials e --exec-interactive-mode=bad
  error: invalid interactive mode type, can be only IfAvailable, Never, Always
  $ kubectl config set-credentials e --username=u --password=p
  User "e" set.
  $ kubectl config set-credentials e --token=t
  User "e" set.
  $ kubectl config set-credentials e --auth-provider-arg==x,y 2>&1 | tail -1
  error: invalid auth-provider-arg format: =x, y
  $ kubectl config set-credentials e --exec-env=a --exec-env=b 2>&1 | tail -1
  error: invalid exec-env format: a, b
  $ kubectl config set-credentials e --exec-provide-cluster-info=maybe
  error: invalid argument "maybe" for "--exec-provide-cluster-info" flag: strconv.ParseBool: parsing "maybe": invalid syntax
  See 'kubectl config set-credentials --help' for usage.
  $ kubectl config set-credentials '' --token=x
  error: you must specify a non-empty user name
  $ kubectl config view
  apiVersion: v1
  clusters:
  - cluster:
      certificate-authority-data: DATA+OMITTED
      server: https://172.22.0.1:6443
    name: tk8s
  contexts:
  - context:
      cluster: tk8s
      user: kubernetes-admin
    name: kubernetes-admin@tk8s
  current-context: kubernetes-admin@tk8s
  kind: Config
  preferences: {}
  users:
  - name: a
    user:
      exec:
        args: null
        command: aws
        env: null
        provideClusterInfo: false
  - name: b
    user:
      auth-provider:
        config:
          c: "3"
          idp: "y"
          z: "1"
        name: oidc
  - name: c
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        args: null
        command: "y"
        env:
        - name: L
          value: "5"
        - name: C
          value: "3"
        interactiveMode: Never
        provideClusterInfo: true
  - name: d
    user: {}
  - name: e
    user:
      auth-provider:
        config: {}
        name: gcp
      exec:
        args: null
        command: x
        env: []
        provideClusterInfo: false
      token: REDACTED
  - name: kubernetes-admin
    user:
      client-certificate-data: DATA+OMITTED
      client-key-data: DATA+OMITTED
  $ cat > plugin.conf <<'EOF'
  > apiVersion: v1
  > kind: Config
  > users:
  > - name: h
  >   user:
  >     exec:
  >       command: foo
  >       apiVersion: client.authentication.k8s.io/v1
  >     auth-provider:
  >       name: gcp
  > EOF
  $ kubectl --kubeconfig=plugin.conf config view
  apiVersion: v1
  clusters: null
  contexts: null
  current-context: ""
  kind: Config
  preferences: {}
  users:
  - name: h
    user:
      auth-provider:
        config: null
        name: gcp
      exec:
        apiVersion: client.authentication.k8s.io/v1
        args: null
        command: foo
        env: null
        provideClusterInfo: false
