The service-discovery chapter walked step by step in Traditional Chinese, with the checker's
verdicts: a wrong namespace, a wrong answer, and every step passed in the end.
#! lesson service-discovery
  ═══ 第 3 章：Kubernetes 服務發現：kube-dns 與 coredns ═══
  ── 步驟 1/9：kube-dns 的全家福 ──
  叢集裡的 Pod 要找到彼此，靠的是 DNS。負責 DNS 的是 coredns，它住在 kube-system 這個
  namespace：kube-system 是 k8s 的總管理處，叢集自己的元件都在這裡。
  
  這個指令一次列出所有跟 kube-dns 有關的資源：
  
    kubectl get all -n kube-system -l k8s-app=kube-dns
  
    -n kube-system       在 kube-system 這個 namespace 裡找（沒有 -n 就只看 default）
    -l k8s-app=kube-dns  只要標籤（label）k8s-app 等於 kube-dns 的物件
    get all              Pod、Service、Deployment、ReplicaSet ……一起列出
  
  看輸出時注意由上而下的關係：deployment coredns 產生 replicaset，replicaset 產生 pod，
  正是 Workload Resources 裡 Deployment 與 ReplicaSet 的分工。
  
  ▶ 任務：列出 kube-system 裡所有標籤 k8s-app=kube-dns 的資源。
  $ kubectl get all -l k8s-app=kube-dns
  No resources found in default namespace.
  ✘ 差一點：coredns 在 kube-system 裡。沒有 -n kube-system，kubectl 只會看 default namespace，所以什麼都找不到。
  $ kubectl get all -n kube-system -l k8s-app=kube-dns
  NAME                           READY   STATUS    RESTARTS        AGE
  pod/coredns-66967f4c59-sc4gn   1/1     Running   3 (6h44m ago)   46h
  pod/coredns-66967f4c59-zkpkl   1/1     Running   3 (6h44m ago)   46h
  
  NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
  service/kube-dns   ClusterIP   10.98.0.10   <none>        53/UDP,53/TCP,9153/TCP   46h
  
  NAME                      READY   UP-TO-DATE   AVAILABLE   AGE
  deployment.apps/coredns   2/2     2            2           46h
  
  NAME                                 DESIRED   CURRENT   READY   AGE
  replicaset.apps/coredns-668d6bf9bc   0         0         0       46h
  replicaset.apps/coredns-66967f4c59   2         2         2       46h
  ✔ 完成：kube-dns 的全家福
  
  ── 步驟 2/9：為什麼有兩個 ReplicaSet ──
  上一步的輸出裡，deployment.apps/coredns 底下有兩個 ReplicaSet：
  
    replicaset.apps/coredns-668d6bf9bc   0   0   0
    replicaset.apps/coredns-66967f4c59   2   2   2
  
  一個是 0 個 Pod，一個是 2 個 Pod，而兩個 coredns Pod 的名字都以 coredns-66967f4c59- 開頭。
  
  ▶ 任務：為什麼 coredns 這個 Deployment 有兩個 ReplicaSet？
    1) 每個 Pod 各有一個自己的 ReplicaSet
    2) 每次更新 Pod 範本（進板）就會產生新的 ReplicaSet；舊的縮成 0 留著，方便退板
    3) 每個節點各跑一個 ReplicaSet
    4) 一個負責 UDP，一個負責 TCP
  （用 :answer 編號 作答）
  $ :answer 1
  ✘ 差一點：兩個 Pod 的名字都以 coredns-66967f4c59- 開頭，它們屬於同一個 ReplicaSet；另一個 ReplicaSet 一個 Pod 都沒有。
  $ :hint
  提示 1/2：Pod 名字的前綴，就是它所屬 ReplicaSet 的名字。兩個 Pod 屬於同一個 ReplicaSet。
  $ :answer 2
  ✔ 完成：為什麼有兩個 ReplicaSet
  
  ── 步驟 3/9：kube-dns 的 ClusterIP ──
  第一步的輸出裡還有 service/kube-dns，類型是 ClusterIP，PORT(S) 是 53/UDP、53/TCP 和
  9153/TCP（53 是 DNS，9153 是 coredns 的監控指標）。
  
  kubeadm 建叢集時，把 Service 網段的第 10 個位址留給 kube-dns：這個叢集的 Service 網段是
  10.98.0.0/24，所以 kube-dns 的 IP 尾碼是 .10。
  
  注意：ClusterIP 只有叢集裡的 workload 用得到，叢集外面連不到它。
  想單獨看這個 Service：kubectl get svc kube-dns -n kube-system
  
  ▶ 任務：kube-dns Service 的 CLUSTER-IP 是多少？
  （用 :answer 你的答案 作答）
  $ kubectl get svc kube-dns -n kube-system
  NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
  kube-dns   ClusterIP   10.98.0.10   <none>        53/UDP,53/TCP,9153/TCP   46h
  $ :answer 10.98.0.10
  ✔ 完成：kube-dns 的 ClusterIP
  
  ── 步驟 4/9：Service 背後的 Pod：endpoints ──
  Service 只是一個固定的入口；真正回答 DNS 查詢的是 coredns Pod。Service 用 selector
  （k8s-app=kube-dns）選出 Pod，把它們的 IP:port 記在同名的 Endpoints 物件裡。
  
    kubectl get endpoints kube-dns -n kube-system
  
  意思是：取得 kube-system 裡名叫 kube-dns 的 endpoints。endpoints 可以縮寫成 ep。
  輸出裡會看到兩個 Pod IP（兩個 coredns Pod），每個 Pod 有 3 個 port，
  一共 6 筆；kubectl 只列前 3 筆，其餘寫成「+ 3 more...」。
  
  ▶ 任務：查看 kube-system 裡 kube-dns 的 endpoints。
  $ kubectl get endpoints kube-dns
  Error from server (NotFound): endpoints "kube-dns" not found
  ✘ 差一點：kube-dns 在 kube-system 裡，不在你查的 namespace。記得加上 -n kube-system。
  $ k -n kube-system get endpoints/kube-dns
  NAME       ENDPOINTS                                                  AGE
  kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   46h
  ✔ 完成：Service 背後的 Pod：endpoints
  
  ── 步驟 5/9：標籤打錯，endpoints 就空了 ──
  官方分享過：Service 找不到 Pod，最常見的原因是 label 打錯。親手做一次看看：
  建立一個 Service kube-dns-typo，selector 故意寫成 k8s-app: kube-dsn（兩個字母對調）。
  
    cat <<EOF | kubectl apply -f -
    apiVersion: v1
    kind: Service
    metadata:
      name: kube-dns-typo
      namespace: kube-system
    spec:
      selector:
        k8s-app: kube-dsn
      ports:
      - name: dns
        port: 53
        protocol: UDP
    EOF
  
  然後查它的 endpoints：kubectl get endpoints kube-dns-typo -n kube-system
  ENDPOINTS 那一欄會是 <none>：沒有任何 Pod 的標籤對得上，這個 Service 什麼都連不到，
  而 kubectl 不會報錯。
  
  ▶ 任務：建立 selector 打錯的 Service kube-dns-typo，再查看它（空的）endpoints。
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: kube-dns-typo
  >   namespace: kube-system
  > spec:
  >   selector:
  >     k8s-app: kube-dsn
  >   ports:
  >   - name: dns
  >     port: 53
  >     protocol: UDP
  > EOF
  service/kube-dns-typo created
  $ kubectl get endpoints kube-dns-typo -n kube-system
  NAME            ENDPOINTS   AGE
  kube-dns-typo   <none>      0s
  ✔ 完成：標籤打錯，endpoints 就空了
  
  ── 步驟 6/9：派一個測試 Pod 進去 ──
  要知道 Pod 眼中的 DNS 長什麼樣，就得從 Pod 裡面看。先建立一個測試用的 Pod：
  
    kubectl run dnscmd --image=registry.k8s.io/e2e-test-images/agnhost:2.39
  
  agnhost 是 Google 做的測試 image，SRE 常用的工具箱，不只能測 DNS。
  
  Pod 要花幾秒下載 image、啟動容器，才會變成 Running。這個實驗環境的時間只在指令讓它走
  的時候前進：sleep 10 讓時間往前 10 秒，然後用 kubectl get pod dnscmd 看 STATUS。
  
  ▶ 任務：在 default namespace 建立 Pod dnscmd（image 用 agnhost:2.39），並等它變成 Running。
  $ kubectl run dnscmd --image=registry.k8s.io/e2e-test-images/agnhost:2.39
  pod/dnscmd created
  ✘ 差一點：Pod 建好了，但還在啟動。用 sleep 10 讓時間前進，再 kubectl get pod dnscmd 看看。
  $ kubectl get pod dnscmd
  NAME     READY   STATUS              RESTARTS   AGE
  dnscmd   0/1     ContainerCreating   0          0s
  ✘ 差一點：Pod 建好了，但還在啟動。用 sleep 10 讓時間前進，再 kubectl get pod dnscmd 看看。
  $ sleep 10
  ✔ 完成：派一個測試 Pod 進去
  
  ── 步驟 7/9：Pod 裡的 /etc/resolv.conf ──
  kubectl exec 在 Pod 裡執行指令，-- 後面是要執行的指令：
  
    kubectl exec dnscmd -- cat /etc/resolv.conf
  
  印出來的就是 Pod 的 DNS 設定。其中 nameserver 那一行，正是 kube-dns 的 ClusterIP：
  每個 workload、每個 Pod 都把 DNS 查詢送到這個位址。
  
  這是 k8s 依規格產生的設定，這個位址不能改。常見的錯誤作法是改成 8.8.8.8：
  那樣 Pod 就查不到叢集裡的 Service 名稱，絕對會出事。要查外面的網域名稱，
  coredns 會自己轉送給外部的 DNS 伺服器。
  
  ▶ 任務：印出 dnscmd 這個 Pod 裡的 /etc/resolv.conf。
  $ kubectl get pod dnscmd
  NAME     READY   STATUS    RESTARTS   AGE
  dnscmd   1/1     Running   0          10s
  $ kubectl exec dnscmd -- cat /etc/resolv.conf
  search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  nameserver 10.98.0.10
  options ndots:5
  ✔ 完成：Pod 裡的 /etc/resolv.conf
  
  ── 步驟 8/9：search：短名字怎麼變成完整名字 ──
  resolv.conf 的第一行：
  
    search default.svc.tk8s.k8s svc.tk8s.k8s tk8s.k8s dns.podman
  
  search 定義域名搜尋後綴。Pod 查一個短名字（例如 my-service）時，會依序把這些後綴接上去查：
    default.svc.tk8s.k8s  Pod 所在 namespace（default）裡的 Service
    svc.tk8s.k8s          叢集裡所有 namespace 的 Service
    tk8s.k8s              叢集的根網域（cluster domain 是 tk8s.k8s）
    dns.podman            主機那邊的網域，來自這個實驗環境的 podman 網路
  順序是固定的，Pod 自己的 namespace 最優先；全部都查不到，才回報解析失敗。
  
  ▶ 任務：default namespace 裡的 Pod 查 my-service，第一個嘗試的是哪個名字？
    1) my-service.default.svc.tk8s.k8s
    2) my-service.svc.tk8s.k8s
    3) my-service.tk8s.k8s
    4) my-service.dns.podman
  （用 :answer 編號 作答）
  $ :answer 1
  ✔ 完成：search：短名字怎麼變成完整名字
  
  ── 步驟 9/9：options ndots:5 ──
  resolv.conf 的最後一行是 options ndots:5。
  
  ndots 是一個門檻：名字裡的點（.）少於 5 個，就先依序接上 search 後綴去查；
  有 5 個以上，才把它當成完整名稱（FQDN）直接查。my-service 一個點都沒有，
  所以會照上一步的順序，從 my-service.default.svc.tk8s.k8s 開始試。
  
  小心：my-service.default.svc.tk8s.k8s 也只有 4 個點，一樣會先接上後綴再查，
  多繞幾圈才查到自己。名字最後加一個點（my-service.default.svc.tk8s.k8s.）
  就表示「這已經是完整名稱」，會直接查。
  
  總結：search 決定後綴的順序，nameserver 指向叢集內部的 DNS（kube-dns），
  ndots 決定名字要不要先接上後綴。
  
  ▶ 任務：options ndots:5 是什麼意思？
    1) 每個名字最多查 5 次
    2) 名字裡的點少於 5 個，就先依序接上 search 後綴去查
    3) DNS 查詢 5 秒就逾時
    4) 叢集最多有 5 個 DNS 伺服器
  （用 :answer 編號 作答）
  $ :answer 2
  ✔ 完成：options ndots:5
  ★ 第 3 章完成：Kubernetes 服務發現：kube-dns 與 coredns
  ★ 恭喜，全部章節都完成了！想自由練習就用 taroko sandbox。
