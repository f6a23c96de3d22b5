## statusdoc analyze: ajuda, rótulos e problemas da captura.

cli-analyze-about = Lê capturas (pcap, pcapng, Network Monitor, Endace ERF, snoop; também comprimidos: gzip, zstd, xz, bzip2, lz4) ou logs SIP, despejos de ngrep / tcpdump e exportações do Wireshark (detalhes de pacotes em texto, JSON ou PDML; despejos hexadecimais), ou diretórios e pacotes ZIP e tar que os contenham (“-” para a entrada padrão) e mostra cada chamada SIP: diagrama, desfecho e o significado de cada falha
cli-analyze-files = Capturas ou logs a ler (“-” para a entrada padrão); vários são combinados numa única linha do tempo, e cada quadro é mostrado com seu arquivo; os arquivos de um buffer circular são lidos um após o outro como uma só captura (uma conexão TCP ou TLS continua de um para o seguinte)
cli-analyze-call = Só a chamada com este Call-ID e as que os cabeçalhos ligam a ela, diretamente ou por meio de outras chamadas (outras pernas, uma transferência)
cli-analyze-failed = Só as chamadas que falharam
cli-analyze-max-messages = Parar de ler depois de tantas mensagens SIP (o resto é relatado, nunca descartado em silêncio)
cli-analyze-max-open-calls = Máximo de chamadas abertas ao mesmo tempo; acima disso, as inativas há mais tempo são escritas antes (a memória continua limitada diante de uma enxurrada de chamadas novas)

analyze-summary = { $messages ->
    [1] Uma mensagem SIP
   *[other] { $messages } mensagens SIP
}, { $calls ->
    [1] uma chamada
   *[other] { $calls } chamadas
} ({ $failed } com falha), { $errors ->
    [1] um problema
   *[other] { $errors } problemas
}.
analyze-call = Chamada { $call_id }
analyze-outcome = { $state ->
    [answered] atendida
    [failed] falhou
    [cancelled] cancelada
    [completed] concluída
   *[incomplete] incompleta
}
analyze-setup = estabelecimento { $seconds } s
analyze-duration = duração { $seconds } s
analyze-linked = pernas ligadas: { $calls }
analyze-retransmission = retransmissão
# An address a log does not give (the side that wrote it, usually).
analyze-address-unknown = (não consta no log)
# A call a log gave without any address: the side that sent its first
# request (its From) and the other, when its URIs do not tell them apart.
analyze-side-first = (lado From)
analyze-side-other = (lado To)
analyze-frame = quadro { $frame }
analyze-frame-in = quadro { $frame } de { $input }
analyze-frames-in = { $frames } de { $input }
analyze-line = linha { $frame }
analyze-line-in = linha { $frame } de { $input }
analyze-stdin = entrada padrão
analyze-stdin-terminal = Lendo do terminal: cole as mensagens SIP ou as linhas do log e tecle Ctrl-D numa linha à parte.
analyze-too-many-inputs = Foram dadas { $count } entradas; no máximo { $limit } são lidas juntas.
analyze-too-many-files = As entradas dadas contêm mais de { $limit } arquivos (um diretório ou um pacote compactado conta como os arquivos que contém); no máximo { $limit } são lidos juntos.
analyze-directory-empty = { $dir } não contém nenhum arquivo para ler (arquivos ocultos, cujo nome começa com um ponto, são omitidos).
analyze-problems = Problemas na entrada
analyze-no-calls = Nenhuma chamada SIP encontrada.
analyze-no-call-id = Nenhuma chamada tem o Call-ID “{ $call_id }” ({ $calls ->
    [one] uma chamada lida
   *[other] { $calls } chamadas lidas
}); --call espera um Call-ID inteiro, como o cabeçalho do diagrama o mostra.
analyze-no-failed-call-id = Nenhuma chamada que falhou tem o Call-ID “{ $call_id }” ({ $calls ->
    [one] uma chamada lida
   *[other] { $calls } chamadas lidas
}).
analyze-no-failed-calls = { $calls ->
    [one] A única chamada lida não falhou.
   *[other] Nenhuma das { $calls } chamadas lidas falhou.
}
analyze-cannot-open = Não foi possível abrir { $file }: { $reason }
analyze-tls-keys-none = { $file } não contém segredos de sessão TLS: um registro de chaves tem linhas como CLIENT_RANDOM ou CLIENT_TRAFFIC_SECRET_0, cada uma com um client random e um segredo em hexadecimal (formato de registro de chaves NSS, como o SSLKEYLOGFILE grava)
analyze-only-tls-keys = As entradas dadas contêm segredos de sessão TLS (um key log), mas nenhuma captura nem log: indique também a captura cujo SIP sobre TLS eles decifram.

analyze-problem-unknown-format = { $detail ->
    [empty] a entrada está vazia: não há nada para ler
    [zip] um arquivo ZIP na entrada padrão ou dentro de outro arquivo compactado: passe-o como arquivo próprio, e suas capturas e logs serão lidos um a um, ou extraia-os antes
    [tar] um arquivo tar na entrada padrão ou dentro de outro arquivo compactado: passe-o como arquivo próprio, e suas capturas e logs serão lidos um a um, ou extraia-os antes
    [sevenzip] um arquivo 7-Zip: extraia antes a captura ou o log
    [rar] um arquivo RAR: extraia antes a captura ou o log
    [archive-encrypted] um arquivo do pacote compactado que está criptografado: extraia-o antes com a senha
    [archive-method] um arquivo do pacote compactado com um método que não é lido aqui (só são lidos os arquivos armazenados ou compactados com deflate de um ZIP e os arquivos comuns de um tar): extraia-o antes
    [archive-damaged] um pacote compactado cortado ou danificado: seu diretório ou o cabeçalho do próximo arquivo não pode ser lido, então os arquivos seguintes não são lidos (os anteriores são)
    [archive-too-many] um pacote compactado com mais de 10.000 entradas: extraia antes os arquivos desejados
    [archive-empty] um pacote compactado que não contém nenhum arquivo (só diretórios)
   *[other] não é uma captura que esta ferramenta lê (pcap, pcapng, Network Monitor 2.x, Endace ERF, snoop) nem um log ou despejo de pacotes em texto (ngrep, tcpdump -A ou -X, detalhes de pacotes, despejo hexadecimal ou fluxo seguido do Wireshark) com mensagens SIP completas { $detail }
}
analyze-problem-damaged-file = o arquivo termina no meio de um bloco ou está danificado { $detail }
analyze-problem-unsupported-link-type = o tipo de enlace { $detail } não tem decodificador; seus pacotes foram ignorados
analyze-problem-truncated = pacote cortado pelo snaplen da captura ({ $detail } bytes guardados)
analyze-problem-incomplete-fragments = fragmentos (IP, ou de uma mensagem SCTP) cujas outras partes nunca chegaram ({ $detail })
analyze-problem-bad-fragment = um fragmento IP que não se encaixa com os demais do seu datagrama ({ $detail }): um comprimento que não é múltiplo de 8 embora sigam mais fragmentos, um datagrama de mais de 65.535 bytes ou um fim diferente do que outro fragmento deu; o datagrama não pode ser remontado e não é lido
analyze-problem-tcp-gap = faltam bytes num fluxo TCP ({ $detail }); as mensagens que cruzam a lacuna se perdem
analyze-problem-sctp-gap = faltam chunks DATA numa associação SCTP (remetente → destinatário, quantos: { $detail }); as mensagens que levavam se perdem
analyze-problem-tcp-incomplete = um fluxo TCP terminou no meio de uma mensagem SIP ({ $detail })
analyze-problem-tls = TLS numa porta SIP ({ $detail }): o SIP dentro dele não pode ser lido sem os segredos da sessão. Indique o registro de chaves que um dos lados gravou (SSLKEYLOGFILE, formato NSS): com --tls-keys ARQUIVO, no campo de registro de chaves da página web, ou dentro de um arquivo pcapng (editcap --inject-secrets tls,ARQUIVO); a captura deve conter o handshake da conexão
analyze-problem-tls-unsupported = TLS que não é decifrado aqui ({ $detail }): são decifrados TLS 1.3 e 1.2, com AES-GCM, ChaCha20-Poly1305 ou AES-CBC, e TLS 1.1 e 1.0 com AES-CBC; o Wireshark pode decifrar este com o mesmo registro de chaves e exportar o SIP (Arquivo › Exportar PDUs para arquivo…, "OSI layer 7"): analise esse arquivo
analyze-problem-tls-undecryptable = registros TLS que não se decifram com os segredos de sessão indicados ({ $detail }): o registro de chaves tem outros segredos para esta sessão, ou faltam registros na captura; o que segue nesse sentido não é lido
analyze-problem-tls-no-handshake = TLS numa porta SIP cujo handshake não está na captura ({ $detail }): a conexão foi aberta antes de a captura começar, e o registro de chaves é consultado pelo valor aleatório que o handshake enviou, então o SIP dentro dela não pode ser lido nem com os segredos. Capture desde antes de a conexão abrir (um tronco SIP abre uma nova ao ser reiniciado), ou indique juntos os arquivos de um buffer circular, para que o que contém o handshake seja lido primeiro
analyze-problem-tls-no-secrets = TLS numa porta SIP cujos segredos de sessão não estão no registro de chaves indicado ({ $detail }): o handshake foi lido, mas não há segredos registrados para o valor aleatório dele, então o SIP dentro dele não pode ser lido. Indique o registro de chaves gravado enquanto esta conexão abria (um dos lados grava uma linha por sessão, SSLKEYLOGFILE): o de uma execução anterior ou posterior, ou o de outro lado que não participou, não os contém
analyze-problem-unparsable = parece SIP, mas não pode ser interpretado: { $detail }
analyze-problem-not-sip = um datagrama numa porta SIP que não é SIP ({ $detail })
analyze-problem-limit-reached = um limite foi atingido ({ $detail }); o que vem depois não foi lido
analyze-problem-held-calls-limit = { $detail } chamadas ligadas à chamada pedida (--call) não são mostradas: cada uma terminou muito antes da chamada que a liga à pedida (mais de 10.000 outras chamadas ligadas terminaram nesse meio-tempo) e já não estava guardada; analise um trecho mais curto da captura, ou peça a chamada que as liga
analyze-problem-more-problems = outros { $detail } problemas foram encontrados e não estão listados, para que a memória não cresça sem limite
analyze-problem-open-calls-limit = mais de { $detail } chamadas estiveram abertas ao mesmo tempo: as inativas há mais tempo foram encerradas antes, e uma mensagem posterior de uma delas inicia uma chamada nova
analyze-problem-call-messages-limit = uma chamada chegou a { $detail } mensagens: foi escrita nesse ponto, e as mensagens seguintes formam outra chamada com o mesmo Call-ID
analyze-problem-connections-limit = as conexões TCP retiveram mais de { $detail } ao mesmo tempo: as inativas há mais tempo foram esquecidas antes (o que deixaram por terminar é informado), e um segmento posterior de uma delas é lido a partir da próxima mensagem que comece
analyze-problem-websocket-compressed = uma mensagem de SIP sobre WebSocket comprimida com permessage-deflate (RFC 7692) ({ $detail }) que não pôde ser descomprimida: a captura começou depois das mensagens anteriores às quais sua compressão se refere
analyze-problem-websocket-frame = um quadro WebSocket que a RFC 6455 §5 não permite ({ $detail }): foi ignorado, e a leitura segue a partir do quadro seguinte
analyze-problem-websocket-not-sip = uma mensagem que não é SIP numa conexão WebSocket aberta para SIP ({ $detail })
analyze-problem-websocket-too-large = uma mensagem WebSocket maior do que uma mensagem SIP pode ser ({ $detail }): foi ignorada, e a leitura segue depois dela
analyze-problem-icmp-unreachable = um erro ICMP diz que um datagrama SIP ({ $detail }) não pôde ser entregue, mas a chamada dele não está nesta entrada: o datagrama que ele cita não foi capturado
analyze-problem-wlan-protected = os quadros de dados 802.11 cifrados no ar (WPA ou WEP) não podem ser lidos aqui ({ $detail } nesta captura): capture no lado cabeado do ponto de acesso, ou decifre-os no Wireshark e exporte os pacotes
analyze-problem-esp-encrypted = os pacotes IPsec ESP cujo conteúdo está cifrado não podem ser lidos aqui ({ $detail } nesta captura): com cifração NULL (como as redes IMS de teste configuram entre o telefone e o P-CSCF) eles são lidos; caso contrário, capture onde o tráfego passa em claro, ou decifre-os no Wireshark com as associações de segurança e exporte os pacotes
analyze-problem-no-call-id = uma mensagem SIP sem Call-ID ({ $detail }): não pertence a nenhuma chamada
analyze-problem-with-meaning = { $text }. { $code }: { $meaning }

## Constatações: o que as próprias mensagens de uma chamada dizem.
analyze-findings = Constatações
severity-info = informação
severity-warning = alerta
severity-error = erro
finding-retry-after = A resposta pede para esperar { $seconds } s antes de tentar de novo (Retry-After).
finding-warning = Warning { $code }: “{ $text }”.
finding-reason = Cabeçalho Reason: { $protocol } causa { $cause } { $meaning } “{ $text }”.
finding-unsupported = O servidor não suporta as option tags { $value } (Unsupported).
finding-require = O servidor exige as option tags { $value } (Require).
finding-min-expires = A menor validade que este servidor aceita é { $value } s (Min-Expires){ $asked ->
    [none] .
   *[other] ; a requisição pediu { $asked } s, então reenvie com pelo menos { $value }.
}
finding-min-se = O menor intervalo de sessão aceito é { $value } s (Min-SE){ $asked ->
    [none] .
   *[other] ; a requisição ofereceu { $asked } s, então reenvie com Session-Expires de pelo menos { $value }.
}
finding-allow = Métodos permitidos aqui: { $value } (Allow).
finding-challenge = Desafio { $header }: realm “{ $realm }”, algoritmo { $algorithm }, nonce “{ $nonce }”{ $stale ->
    [true] , stale=true: as credenciais estavam certas, mas o nonce tinha expirado; basta repetir com o nonce novo.
   *[other] .
}
finding-redirect = Redirecionado para { $targets }.
finding-rejected-by = { $contact ->
    [none] O intermediário que rejeitou a chamada não indica a quem recorrer (nenhum Call-Info com purpose=jwscard): pergunte à operadora do chamado qual filtro bloqueou o número chamador.
   *[other] O intermediário que rejeitou a chamada indica a quem recorrer para contestar: { $contact } (Call-Info com purpose=jwscard, um jCard).
}
finding-offer = A oferta propôs { $offered }; o lado que recusou { $accepted ->
    [none] não indica formatos próprios
   *[other] indica { $accepted }, em comum: { $common ->
        [none] nenhum
       *[other] { $common }
    }
}. { $disabled ->
    [yes] Todos os fluxos de mídia da oferta têm porta 0, o que os oferece mas diz para não usá-los, então não havia nada a aceitar: dê portas reais aos fluxos.
   *[other] Ofereça um formato que as duas pontas suportem (o recusado também pode ser o ptime, o transporte ou a criptografia; veja o cabeçalho Warning).
}
finding-media-direction = { $direction ->
    [sendonly] Este lado só vai enviar mídia (a=sendonly): em geral, uma chamada posta em espera; se não for o caso, o áudio só vai num sentido.
    [recvonly] Este lado só vai receber mídia (a=recvonly): a não ser que seja intencional, o áudio só vai num sentido.
    [inactive] A mídia está inativa nos dois sentidos (a=inactive): a chamada está em espera ou com a mídia pausada.
   *[other] O endereço de mídia é 0.0.0.0, a forma antiga de pôr uma chamada em espera: nenhuma mídia deve ser enviada a este lado.
}
finding-media-private-address = O SDP pede mídia em { $address }, um endereço privado, mas a mensagem veio de { $sender }: há um NAT no caminho, e a mídia enviada a esse endereço não vai chegar (áudio num sentido só ou sem áudio), a menos que um SBC ou a outra ponta o corrija (RTP simétrico, ICE).
finding-no-ack = O 2xx do INVITE nunca foi confirmado ({ $count ->
    [1] uma cópia vista
   *[other] { $count } cópias vistas
}): o ACK não chegou ao chamado, o que em geral indica Contact ou Record-Route errados, ou NAT no caminho de volta; o chamado encerra a chamada depois de cerca de 32 s.
finding-unanswered = { $method } não recebeu resposta nenhuma ({ $count ->
    [1] uma transmissão vista
   *[other] { $count } transmissões vistas
}); capture junto ao lado receptor para ver se ele chega.
finding-retransmitted = { $method } foi enviado { $count ->
    [1] mais uma vez
   *[other] mais { $count } vezes
} antes da primeira resposta, que chegou { $seconds } s depois: alguma cópia se perdeu no caminho, ou o servidor responde devagar demais (sobre UDP, deveria responder a um INVITE com 100 Trying em até 200 ms).
finding-udp-size = { $method } tinha { $bytes } bytes e foi por UDP, { $answer ->
    [too-large] e o servidor o recusou por ser grande demais (513)
    [none] e não recebeu nenhuma resposta
   *[resent] e precisou ser reenviado antes de chegar qualquer resposta
}. Uma requisição com mais de 1300 bytes, quando a MTU do caminho não é conhecida, deve ir por um transporte com controle de congestionamento como o TCP: por UDP, um datagrama desse tamanho pode passar da MTU de algum enlace do caminho (VPNs e túneis têm MTU menor) e ser dividido em fragmentos IP, que firewalls, NATs e SBCs descartam com frequência. Envie-a por TCP ou reduza-a (nomes de cabeçalho compactos, menos codecs no SDP).
finding-hops = { $status ->
    [482] Um servidor detectou que esta requisição tinha voltado a ele (482 Loop Detected).
   *[other] A requisição esgotou seus saltos (483 Too Many Hops): o Max-Forwards chegou a 0 antes de ela alcançar o destino.
} Onde foi capturada, levava { $vias ->
    [one] uma entrada Via (a do remetente: nenhum proxy a tinha encaminhado ainda)
   *[other] { $vias } entradas Via (a do remetente e uma para cada proxy que a encaminhou)
}{ $repeated ->
    [none] {""}
   *[other], que citam alguns servidores mais de uma vez ({ $repeated })
}{ $forwards ->
    [none] {""}
   *[other], com Max-Forwards em { $forwards } (o remetente o define como 70)
}. Uma rota que leva de volta para onde a requisição veio (um tronco roteado de volta ao PBX, dois proxies em que cada um é a rota padrão do outro) forma um laço: verifique o roteamento dos servidores da lista Via. Passar duas vezes pelo mesmo servidor com uma Request-URI diferente a cada vez (uma espiral) é permitido; com a mesma, é um laço.
finding-glare = { $crossed ->
    [yes] Os dois lados enviaram uma oferta ao mesmo tempo (glare): este { $method } foi recusado com 491 Request Pending enquanto a requisição do outro lado, capturada aqui, ainda estava em andamento.
   *[no] Este { $method } foi recusado com 491 Request Pending: o lado que o recusou diz ter uma oferta própria em andamento, que esta captura não mostra (enviada por outro caminho, ou em um PRACK).
} { $retried ->
    [early] O remetente tentou de novo { $seconds } s depois do 491, antes dos { $from } a { $to } s pedidos { $owner ->
        [yes] ao lado que escolheu o Call-ID (o que enviou o primeiro INVITE)
       *[other] ao lado que não escolheu o Call-ID
    }: se os dois lados tentam de novo tão cedo, podem colidir outra vez.
    [in-window] O remetente tentou de novo { $seconds } s depois do 491, dentro dos { $from } a { $to } s pedidos { $owner ->
        [yes] ao lado que escolheu o Call-ID (o que enviou o primeiro INVITE)
       *[other] ao lado que não escolheu o Call-ID
    }, como o glare deve ser resolvido.
    [later] O remetente tentou de novo { $seconds } s depois do 491, mais tarde que os { $from } a { $to } s pedidos { $owner ->
        [yes] ao lado que escolheu o Call-ID (o que enviou o primeiro INVITE)
       *[other] ao lado que não escolheu o Call-ID
    }: é permitido, mas o que ele pedia (uma espera, uma transferência, uma troca de codec) esperou esse tempo.
    [unknown] O remetente tentou de novo; o log não traz horários para comparar com os { $from } a { $to } s que ele deve esperar.
   *[none] O remetente não tentou de novo enquanto durou a captura, então o que ele pedia (uma espera, uma transferência, uma troca de codec) não aconteceu naquele momento. Depois de um 491, um lado espera um tempo aleatório, de { $from } a { $to } s { $owner ->
        [yes] para o lado que escolheu o Call-ID (o que enviou o primeiro INVITE)
       *[other] para o lado que não escolheu o Call-ID
    }, e então tenta de novo se ainda precisar.
}
finding-prack = O chamado enviou seu { $status } de forma confiável (RSeq { $rseq }), o que pede ao chamador que o confirme com um PRACK, e teve de enviá-lo { $count ->
    [one] mais uma vez
   *[other] mais { $count } vezes
}: nenhum PRACK para ele chegou ao chamado, e nenhum foi capturado{ $answer ->
    [none] {""}
   *[other]; depois encerrou o INVITE com { $answer }
}. { $offered ->
    [no] Seu INVITE não as oferecia (sem 100rel em Supported nem em Require), então o chamado não deveria tê-la enviado de forma confiável: um chamador que não conhece 100rel nunca envia PRACK. Faça o chamado enviar de forma confiável só quando o INVITE oferecer, ou ative 100rel no chamador.
    [yes] Ou o chamador não trata respostas provisórias confiáveis embora seu INVITE as oferecesse (100rel em Supported ou Require), ou seu PRACK se perde no caminho (enviado ao lugar errado segundo o Contact ou o Record-Route da resposta, ou descartado por um NAT ou SBC).
   *[other] Ou o chamador não trata respostas provisórias confiáveis, ou seu PRACK se perde no caminho (enviado ao lugar errado segundo o Contact ou o Record-Route da resposta, ou descartado por um NAT ou SBC).
} Um chamado que não recebe o PRACK em 32 s (64 × T1) rejeita o INVITE com um 5xx.
finding-overlap = Este INVITE foi recusado com 500, enviado quando o INVITE anterior do mesmo lado ({ $pending }) ainda não tinha resposta final: nenhum lado pode iniciar uma transação INVITE em um diálogo enquanto outra está em andamento, e quem recebe uma segunda a recusa assim, com um Retry-After de até 10 s. Envie o próximo re-INVITE só quando o anterior tiver sua resposta final.
finding-ok-after-cancel = O chamado respondeu 2xx depois do CANCEL: a resposta cruzou com o cancelamento, então o chamador deve encerrar a chamada com BYE.
finding-auth-rejected = { $answer ->
    [forbidden] { $method } foi recusado com 403 ao ser reenviado com as credenciais pedidas no desafio: o servidor as rejeita (usuário, senha ou realm errados) ou não permite isso a esta conta.
   *[other] { $method } foi desafiado de novo ao ser reenviado com as credenciais ({ $count } desafios seguidos, mesmo realm): o servidor as recusou; confira o usuário, a senha e o realm configurados para esta conta.
}
finding-supported = O servidor suporta estas option tags: { $value } (Supported); use só essas ou peça o que precisa com Supported em vez de Require.
finding-accept = O servidor aceita estes tipos de corpo: { $value } (Accept); envie o corpo em um deles.
finding-accept-encoding = O servidor aceita estas codificações de conteúdo: { $value } (Accept-Encoding); envie o corpo sem compressão ou em uma delas.
finding-accept-language = O servidor aceita estes idiomas: { $value } (Accept-Language).
finding-security-server = O servidor oferece estes mecanismos de segurança: { $value } (Security-Server); escolha um e devolva-o em Security-Verify (RFC 3329).
finding-allow-events = O servidor suporta estes pacotes de eventos: { $value } (Allow-Events){ $asked ->
    [none] ; assine um deles.
   *[other] ; a requisição pediu “{ $asked }” (Event), então assine um desses, ou habilite “{ $asked }” no servidor.
}
finding-event = A requisição pediu o pacote de eventos “{ $asked }” (Event), que o servidor não suporta; a resposta não diz quais suporta (sem Allow-Events). Confira o nome do pacote ou habilite-o no servidor.
finding-recv-info = O destinatário só aceita INFO destes pacotes: { $value } (Recv-Info); o INFO usou outro, ou nenhum foi negociado.
finding-geolocation-error = O servidor explica o problema de localização: { $value } (Geolocation-Error).
finding-alertmsg-error = O servidor explica o problema de alerta: { $value } (AlertMsg-Error).
finding-offer-transport = { $accepted ->
    [none] A oferta recusada pedia só mídia criptografada ({ $offered }; chaves: { $keying }): um par sem suporte a SRTP precisa recusá-la; ofereça também RTP/AVP simples ou habilite SRTP do outro lado.
   *[other] A oferta usou { $offered } (chaves: { $keying }) e o lado que recusou lista { $accepted }: não há perfil de transporte nem família de endereços em comum, então nenhum codec resolveria; alinhe RTP/AVP com RTP/SAVP(F), ou IPv4 com IPv6.
}
finding-preconditions = { $value ->
    [none] A oferta recusada não listava pré-condições (sem linhas a=des, a=curr ou a=conf): o 580 é sobre uma pré-condição que este lado exige e que a oferta não estabeleceu; ofereça-a (RFC 3312) ou remova a exigência.
   *[other] A oferta pedia estas pré-condições: { $value }. O outro lado não consegue cumpri-las (por exemplo, sem reserva de recursos do lado dele); reduza a força desejada (optional em vez de mandatory) ou garanta que os dois lados possam reservar.
}
finding-malformed = A linha { $line } viola as regras do SIP: { $what ->
    [cseq-method] o método do CSeq não é o da requisição ({ $detail })
    [missing-header] falta o cabeçalho { $detail }, que toda mensagem leva
    [repeated-header] { $detail } aparece mais de uma vez, mas só pode aparecer uma
    [scalar-range] um número está fora da faixa permitida ({ $detail })
    [version] a versão do protocolo é { $detail }, não SIP/2.0
    [request-uri] a Request-URI ({ $detail }) está entre <> ou leva cabeçalhos
    [date] o Date ({ $detail }) não está em GMT
    [unclosed-quote] um nome de exibição entre aspas em { $detail } nunca é fechado
    [display-name] o nome de exibição { $detail } tem caracteres que exigem aspas
    [uri-space] a URI { $detail } tem espaços dentro de <>
    [name-addr] uma URI em { $detail } tem vírgula ou parte de cabeçalhos, mas não está entre <>
   *[other] { $detail }
}. Um elemento estrito recusa essa mensagem com 400 Bad Request; corrija quem a envia.
finding-identity = Cabeçalho Identity ({ $form ->
    [compact] forma compacta: as declarações são reconstruídas a partir da requisição, por isso não aparecem
   *[other] forma completa
}): PASSporT { $ppt }, algoritmo { $alg }, atestação { $attest }, orig { $orig }, dest { $dest }, emitido em { $iat }, certificado { $x5u }. A assinatura em si só pode ser verificada com esse certificado.
finding-identity-missing = { $code ->
    [428] O INVITE não trazia cabeçalho Identity e este servidor exige um: faça a chamada ser assinada (um serviço de autenticação STIR/SHAKEN) antes de chegar a este salto.
   *[other] O INVITE não trazia o cabeçalho Identity a que este { $code } se refere: ele foi removido ou nunca adicionado no caminho; capture mais perto de quem chama.
}
finding-identity-undecodable = Não é possível decodificar o cabeçalho Identity: { $why ->
    [parts] ele não tem três partes separadas por ponto (cabeçalho, declarações, assinatura)
    [base64] uma parte não é base64url válido
   *[other] uma parte não decodifica para um objeto JSON
}. Um verificador precisa rejeitá-lo (438); verifique o que o serviço de assinatura ou um proxy no caminho fez com ele.
finding-identity-mismatch = No PASSporT, { $claim ->
    [orig] quem chama (orig) é { $claimed }, mas a requisição vem de { $signalled } (From ou P-Asserted-Identity)
   *[other] o destino (dest) é { $claimed }, mas a requisição é para { $signalled } (To ou Request-URI)
}: a assinatura não cobre esta chamada, então um verificador a rejeita; um número foi alterado depois da assinatura (tradução, desvio) — assine depois da alteração.
finding-identity-stale = O PASSporT foi emitido a { $seconds } s { $against ->
    [date] do cabeçalho Date da requisição
   *[other] do momento em que a requisição foi capturada
}, além dos sessenta segundos que se recomenda a um verificador tolerar: verifique os relógios (NTP) de quem assina e de quem verifica, e se o INVITE foi atrasado ou reenviado.
finding-post-dial-delay = Passaram { $seconds } s entre o INVITE e { $status ->
    [180] o primeiro toque (180)
    [183] a primeira mídia antecipada (183)
   *[other] a resposta final ({ $status }), sem toque antes
}: quem chama ouve silêncio todo esse tempo; veja quais saltos demoraram (DNS, roteamento, retransmissões).
finding-auth-not-sent = { $retried ->
    [yes] { $method } foi reenviado depois do desafio sem nenhuma credencial (sem Authorization nem Proxy-Authorization): o cliente ignora o desafio; configure um usuário e senha para o realm.
   *[other] { $method } foi desafiado e nunca reenviado com credenciais nesta captura: o cliente não tem credenciais para o realm, ou desistiu.
}
finding-registration-lapsed = O registro foi concedido por { $seconds } s, mas o REGISTER seguinte chegou { $late } s depois de ele expirar: nesse intervalo, chamadas para este usuário não encontram vínculo; renove antes (bem antes da expiração).
finding-redirect-followed = { $followed ->
    [yes] O cliente seguiu o redirecionamento: uma nova requisição foi para { $targets }.
   *[other] Nenhuma requisição para { $targets } seguiu o redirecionamento nesta chamada: o cliente não o seguiu, ou fez a nova chamada com outro Call-ID.
}
finding-dialog-gone = { $method } recebeu 481: { $state ->
    [same] suas tags ({ $carried }) são as do diálogo estabelecido antes, então o outro lado esqueceu um diálogo que aqui ainda existe (reiniciou, expirou ou o encerrou primeiro).
    [different] suas tags ({ $carried }) não são as do diálogo estabelecido antes ({ $known }): quem enviou usou tags erradas ou antigas, ou um B2BUA no meio as trocou.
   *[other] a captura não mostra o diálogo sendo estabelecido; compare o Call-ID e as tags da requisição ({ $carried }) com as primeiras mensagens do diálogo.
}

## Relatórios: --html, --format mermaid e markdown, --redact.
cli-analyze-html = Também grava um relatório HTML autossuficiente neste arquivo (diagramas, mensagens completas, constatações, explicações); mantém todas as mensagens na memória
cli-analyze-redact = Substitui endereços IP, nomes de host, partes de usuário, números de telefone e nomes de exibição por pseudônimos consistentes antes de mostrar qualquer coisa
cli-analyze-tls-keys = Um registro de chaves TLS (formato NSS, como o SSLKEYLOGFILE grava): o SIP sobre TLS cujos segredos de sessão ele contém é decifrado e lido (pode ser indicado várias vezes; os segredos próprios de um arquivo pcapng são sempre usados)
error-mermaid-analyze-only = Só o “statusdoc analyze” desenha diagramas Mermaid; aqui use text, json ou markdown.
report-title = Análise de rastro SIP
report-generated = Gerado pelo statusdoc { $version } a partir de { $inputs }. Este arquivo não carrega nada da rede.
report-generated-page = Análise de { $inputs } pelo statusdoc { $version }, feita na memória e não guardada.
report-calls = Chamadas
report-col-call = Call-ID
report-col-method = Método
report-col-outcome = Resultado
report-col-setup = Estabelecimento
report-col-time = Tempo (s)
report-col-from = Origem
report-col-to = Destino
report-col-message = Mensagem
report-col-frame = Quadro
report-col-line = Linha
report-hint = Selecione uma mensagem no diagrama para lê-la inteira; as linhas em que uma constatação se apoia aparecem destacadas.
report-back = Voltar à chamada
report-causes = Por que é enviado
report-fixes = O que fazer
report-read-more = Explicação completa deste código
# $time is "none" for a message its input gave no time.
report-message = { $line ->
        [true] Linha
       *[other] Quadro
    } { $frame } · { $time ->
        [none] { $src } → { $dst } · { $transport }
       *[other] +{ $time } s · { $src } → { $dst } · { $transport }
    }
report-ladder = Diagrama da chamada { $call_id }
report-redacted = Anonimizado antes da análise, cada valor sempre trocado pelo mesmo pseudônimo: { $addresses ->
    [1] um endereço IP
   *[other] { $addresses } endereços IP
}, { $hosts ->
    [1] um nome de host
   *[other] { $hosts } nomes de host
}, { $users ->
    [1] um nome de usuário
   *[other] { $users } nomes de usuário
}, { $numbers ->
    [1] um número de telefone
   *[other] { $numbers } números de telefone
}, { $names ->
    [1] um nome de exibição
   *[other] { $names } nomes de exibição
}. Endereços de loopback e 0.0.0.0 são mantidos.

## Por que uma mensagem não pôde ser lida ($line e $column onde deu errado).
parse-error-bad-start-line = linha { $line }, coluna { $column }: a linha inicial não é linha de requisição nem linha de status
parse-error-bad-version = linha { $line }, coluna { $column }: a versão do protocolo não é SIP/ seguido de um número
parse-error-bad-status-code = linha { $line }, coluna { $column }: o código de status não tem três dígitos de 100 a 699
parse-error-missing-colon = linha { $line }, coluna { $column }: uma linha de cabeçalho não tem dois-pontos
parse-error-bad-header-name = linha { $line }, coluna { $column }: um nome de cabeçalho está vazio ou tem caracteres que um nome não pode ter
parse-error-fold-without-header = linha { $line }, coluna { $column }: uma linha de continuação aparece antes de qualquer cabeçalho
parse-error-bad-content-length = linha { $line }, coluna { $column }: o Content-Length não é um número (ou é negativo), ou dois Content-Length discordam
parse-error-missing-blank-line = linha { $line }, coluna { $column }: nenhuma linha em branco encerra os cabeçalhos
parse-error-too-large = linha { $line }, coluna { $column }: a mensagem passa dos limites (64 KiB de cabeçalhos, 512 campos, 4 MiB de corpo)
parse-error-space-in-request-line = linha { $line }, coluna { $column }: a linha de requisição tem espaços a mais, entre suas três partes ou dentro da Request-URI (exatamente um espaço separa método, URI e versão)
finding-unreachable = { $reason ->
    [port] Nada escuta SIP em { $address }: o host respondeu { $count ->
        [1] ao datagrama
       *[other] a { $count } datagramas
    } com ICMP "porta inalcançável". O elemento SIP de lá está fora do ar, ou escuta em outra porta ou transporte; o endereço para onde foi enviado (Contact, Route, DNS) pode estar desatualizado.
    [host] Não foi possível alcançar { $address }: voltou ICMP "host inalcançável" ({ $count ->
        [1] uma vez
       *[other] { $count } vezes
    }). O host está fora do ar ou não está mais nesse endereço (um registro ou um Contact desatualizado).
    [network] Não há rota para { $address }: voltou ICMP "rede inalcançável" ({ $count ->
        [1] uma vez
       *[other] { $count } vezes
    }). O endereço ou o roteamento até ele está errado.
    [prohibited] Um firewall ou uma política no caminho recusou o datagrama para { $address }: voltou ICMP "proibido administrativamente" ({ $count ->
        [1] uma vez
       *[other] { $count } vezes
    }). Libere UDP para essa porta, ou envie por outro caminho.
    [protocol] O host de { $address } não aceita UDP: voltou ICMP "protocolo inalcançável" ({ $count ->
        [1] uma vez
       *[other] { $count } vezes
    }). Use o transporte que ele oferece (TCP ou TLS).
    [too-big] A mensagem é grande demais para um enlace no caminho até { $address } (MTU { $mtu }) e não pode ser fragmentada. Uma requisição com mais de 1300 bytes, ou a menos de 200 bytes da MTU do caminho, deve ir por TCP (RFC 3261 §18.1.1); reduza cabeçalhos ou SDP, ou use TCP.
   *[other] O ICMP diz que o datagrama para { $address } não pôde ser entregue ({ $count ->
        [1] uma vez
       *[other] { $count } vezes
    }).
} O remetente deve tratar um erro ICMP como falha de transporte, como se a resposta fosse 503, e tentar o próximo endereço em vez de retransmitir até esgotar o tempo.
finding-truncated = A captura cortou estas mensagens (seu snaplen era menor que os pacotes): cada uma é mostrada com as linhas que guardou, e só foi lido o que essas linhas dizem (os campos de cabeçalho de uma resposta de erro); o que vinha depois do corte é desconhecido, então nada foi concluído do que falta. Capture os pacotes inteiros (tcpdump -s 0) para vê-las completas.
finding-content-length = { $form ->
    [short] O Content-Length (linha { $line }) diz que o corpo tem { $declared } bytes, mas depois dos campos de cabeçalho só vêm { $carried }
   *[other] O Content-Length (linha { $line }) é “{ $value }”: não é um único número de bytes
}, então o receptor não tem como saber onde o corpo termina: { $kind ->
    [request] ele deveria recusar a requisição com 400 Bad Request
   *[other] ele deve descartar a resposta como se nunca tivesse chegado; um 2xx a um INVITE descartado assim nunca recebe ACK, e a chamada cai depois de uns 32 s
}. { $form ->
    [short] A causa comum é um corpo reescrito no caminho sem a correção do seu tamanho (o SIP ALG de um roteador mudando o SDP): desative o ALG, ou corrija o emissor.
   *[other] Corrija o emissor.
}
analyze-problem-captured-twice = { $detail } pacotes SIP foram capturados duas vezes, como uma captura em várias interfaces vê um pacote que atravessa uma bridge ou uma interface VLAN (o mesmo pacote IP em menos de 10 ms: pela sua identificação IPv4, ou por todos os seus bytes quando não a tem, como no IPv6): cada um foi lido uma vez, para que uma cópia não seja tomada por uma retransmissão
analyze-problem-interrupted = A leitura foi interrompida (Ctrl-C): o que a entrada tinha depois desse ponto não foi lido; as chamadas anteriores foram analisadas e escritas
analyze-problem-seen-in-two-inputs = { $detail } mensagens SIP foram vistas em duas entradas com menos de 200 ms de diferença: a mesma mensagem capturada em dois lugares (as duas pontas de um enlace); cada uma é mostrada uma vez, onde foi vista primeiro, para que uma cópia não seja tomada por uma retransmissão
analyze-problem-clock-offset = o relógio desta captura marca { $detail } s de diferença em relação ao da primeira entrada, segundo as mensagens que compartilha com a primeira entrada ou com outra já alinhada: seus tempos foram deslocados na mesma medida para que se alinhem
