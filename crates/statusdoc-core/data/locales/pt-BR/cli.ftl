## A linha de comando: texto de ajuda de cada comando e opção.

cli-about = Explica, busca e compara códigos de status de protocolos (começando pelo SIP), offline e com referências.
cli-after-help = Exemplos:
    statusdoc 486                     explica o SIP 486 Busy Here
    statusdoc explain sip 438         indica o protocolo explicitamente
    statusdoc compare 486 600         a diferença real entre dois códigos
    statusdoc search identity         busca por palavras, cabeçalhos ou números
    statusdoc list --class 4xx        todos os códigos 4xx registrados
    statusdoc 438 --format json       a mesma resposta em JSON (veja docs/json-contract.md)
cli-format = Formato da saída
cli-lang = Idioma da resposta (padrão: LC_ALL, LC_MESSAGES ou LANG; senão inglês)
cli-explain-about = Explica um código de status: significado, causas, soluções, fatos e referências às RFCs
cli-explain-args = Protocolo (opcional, por exemplo sip) e código, por exemplo 438, "sip 438" ou uma linha de status como aparece num trace, "SIP/2.0 438 Invalid Identity Header"
cli-list-about = Lista os códigos registrados de um protocolo
cli-list-protocol = Protocolo (padrão: todos)
cli-list-class = Só esta classe, por exemplo 4xx ou 4
cli-search-about = Busca códigos por número, frase de motivo, nome de cabeçalho ou palavras da explicação
cli-search-words = Palavras a buscar
cli-compare-about = Compara dois códigos de status: resumo, principais diferenças e qual se aplica
cli-compare-args = Protocolo (opcional) e dois códigos, por exemplo 486 600, "sip 486 600" ou duas linhas de status copiadas de um trace
cli-completions-about = Imprime um script de autocompletar para o shell
cli-completions-shell = Shell para o qual gerar o autocompletar
cli-help = Mostra a ajuda
cli-version = Mostra a versão
cli-serve-about = Serve o site e a API JSON (tudo embutido, sem configuração)
cli-serve-addr = Endereço em que escutar
cli-serve-base-url = Endereço público do site, para os links canônicos (padrão: http:// e o endereço de escuta)
cli-serve-max-upload = Maior captura ou log aceito pela página “Analisar um rastro”, em megabytes (envios maiores recebem 413)
cli-serve-listening = statusdoc está servindo em { $url } (Ctrl-C para parar)
cli-export-about = Grava o site inteiro como arquivos estáticos, idênticos ao que o serve responde
cli-export-dir = Pasta de destino (criada se não existir)
cli-export-base-url = Endereço público do site, para os links canônicos
cli-export-progress = { $done } de { $total } arquivos
cli-export-done = { $pages } páginas exportadas em { $files } arquivos ({ $megabytes } MB) para { $dir } em { $seconds } s.
cli-error-unknown-argument = Opção desconhecida { $arg }. Rode “statusdoc --help” para ver as opções.
cli-error-unknown-command = Comando desconhecido { $arg }. Rode “statusdoc --help” para ver os comandos.
cli-error-invalid-value = { $value } não é um valor válido para { $arg }; aceitos: { $valid }.
cli-error-bad-value = { $value } não é um valor válido para { $arg }. Rode “statusdoc --help” para ver o que ele aceita.
cli-error-missing-argument = Falta algo: { $arg }. Rode “statusdoc --help” para ver exemplos.
cli-error-wrong-count = Número errado de valores para { $arg }. Rode “statusdoc --help” para ver exemplos.
cli-error-usage = Não foi possível entender a linha de comando. Rode “statusdoc --help” para ver exemplos.
